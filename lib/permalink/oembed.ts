import { z } from 'zod';
import { DEFAULT_EMBED_OPTIONS, EMBED_HEIGHT, type EmbedOptions } from './embed-options';
import { iframeSnippet } from './snippets';
import { describeIssues, parseViewState } from './parse-view-state';
import { shareTarget, type ShareTarget } from './share-target';
import { eventEmbedPath, timelineEmbedPath } from './urls';

/*
 * oEmbed 1.0 (https://oembed.com): a consumer that has a page's URL asks /api/oembed for the HTML
 * that embeds it. Status codes follow section 2.3.4 of the spec: 404 when the URL is not ours to embed,
 * 501 for a format we do not serve.
 */

const Dimension = z
  .string()
  .regex(/^\d{1,5}$/, 'expected a whole number of pixels')
  .transform(Number)
  .pipe(z.number().min(1));

export const OEmbedQuery = z.object({
  url: z.string().min(1, 'give the url of a timeline or event page').max(4000),
  maxwidth: Dimension.optional(),
  maxheight: Dimension.optional(),
  format: z.string().max(20).default('json'),
});

/** What the endpoint is asked: a page URL, sizes not to exceed, and the format. */
export interface OEmbedRequest {
  url: URL;
  target: ShareTarget;
  options: EmbedOptions;
  maxwidth?: number;
  maxheight?: number;
}

export type OEmbedParse = { ok: true; value: OEmbedRequest } | { ok: false; status: 400 | 404 | 501; message: string };

/** The rich response, every field the spec asks of a `rich` type, and a thumbnail when it fits. */
export interface OEmbedResponse {
  type: 'rich';
  version: '1.0';
  title: string;
  provider_name: string;
  provider_url: string;
  cache_age: number;
  html: string;
  width: number;
  height: number;
  thumbnail_url?: string;
  thumbnail_width?: number;
  thumbnail_height?: number;
}

/** How big an embed is unless the consumer asks for less. */
export const OEMBED_SIZE = {
  timeline: { width: 800, height: 420 },
  event: { width: 560, height: 260 },
} as const;

/** Share images are 1200x630, the size Open Graph and Twitter cards expect. */
export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

/** An hour: consumers cache the HTML, which only changes when the event's title does. */
const CACHE_AGE_S = 3600;

/**
 * Reads an oEmbed request: 400 for malformed parameters, 501 for any format but JSON, 404 for a URL
 * that is not a timeline or event page of this site (`origin`). Whether the timeline exists is the
 * caller's to check.
 */
export function parseOEmbedRequest(query: URLSearchParams, origin: string): OEmbedParse {
  for (const key of ['url', 'maxwidth', 'maxheight', 'format']) {
    if (query.getAll(key).length > 1) return { ok: false, status: 400, message: `${key}: give it once` };
  }
  const parsed = OEmbedQuery.safeParse(Object.fromEntries([...query].filter(([k]) => ['url', 'maxwidth', 'maxheight', 'format'].includes(k))));
  if (!parsed.success) return { ok: false, status: 400, message: describeIssues(parsed.error) };
  const { url: raw, maxwidth, maxheight, format } = parsed.data;
  if (format !== 'json') return { ok: false, status: 501, message: `format "${format}" is not supported; use json` };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, status: 404, message: 'url: not an absolute URL of this site' };
  }
  const target = url.host === new URL(origin).host && /^https?:$/.test(url.protocol) ? shareTarget(url.pathname) : null;
  if (!target) return { ok: false, status: 404, message: 'url: not a timeline or event page of this site' };
  const view = parseViewState(url.searchParams);
  if (!view.ok) return { ok: false, status: 404, message: `url: ${view.message}` };
  return { ok: true, value: { url, target, options: { ...DEFAULT_EMBED_OPTIONS, ...view.value }, maxwidth, maxheight } };
}

/** The response for a request whose target exists; `title` is the timeline's or the event's. */
export function oembedResponse(request: OEmbedRequest, { title, origin, thumbnailUrl }: { title: string; origin: string; thumbnailUrl?: string }): OEmbedResponse {
  const { target, maxwidth = Infinity, maxheight = Infinity } = request;
  const size = OEMBED_SIZE[target.kind];
  const width = Math.min(size.width, maxwidth);
  const height = Math.min(size.height, maxheight);
  const path =
    target.kind === 'event'
      ? eventEmbedPath(target.slug, target.id, request.options)
      : // Below the embed's least height the consumer's limit still wins; the iframe then crops the axis.
        timelineEmbedPath(target.slug, { ...request.options, height: Math.max(height, EMBED_HEIGHT.min) });
  const response: OEmbedResponse = {
    type: 'rich',
    version: '1.0',
    title,
    provider_name: 'Timeline',
    provider_url: `${origin}/`,
    cache_age: CACHE_AGE_S,
    html: iframeSnippet({ src: `${origin}${path}`, title, height, width }),
    width,
    height,
  };
  if (thumbnailUrl && SHARE_IMAGE.width <= maxwidth && SHARE_IMAGE.height <= maxheight) {
    Object.assign(response, { thumbnail_url: thumbnailUrl, thumbnail_width: SHARE_IMAGE.width, thumbnail_height: SHARE_IMAGE.height });
  }
  return response;
}
