import { getStore } from '@/lib/store';
import { apiRoute } from '@/lib/api/api-route';
import { ApiError } from '@/lib/api/api-error';
import { readOnlyPreflight } from '@/lib/api/cors';
import { publicJson } from '@/lib/api/respond';
import { oembedResponse, parseOEmbedRequest } from '@/lib/permalink/oembed';
import { loadPublished } from '@/lib/permalink/published';
import { requestOrigin } from '@/lib/permalink/request-origin';
import { eventPermalink } from '@/lib/permalink/urls';

/** oEmbed for timeline and event pages: GET /api/oembed?url=...&maxwidth=&maxheight=&format=json. */
export const GET = apiRoute(async (request: Request) => {
  const origin = requestOrigin(request.headers);
  const parsed = parseOEmbedRequest(new URL(request.url).searchParams, origin);
  if (!parsed.ok) throw new ApiError(parsed.status, parsed.status === 404 ? 'not_found' : 'invalid_request', parsed.message);
  const { target } = parsed.value;
  const published = await loadPublished(await getStore(), target.slug);
  if (!published) throw new ApiError(404, 'not_found', `url: there is no timeline "${target.slug}"`);
  if (target.kind === 'timeline') return publicJson(request, oembedResponse(parsed.value, { title: published.timeline.title, origin }));
  const event = published.events.find((e) => e.id === target.id);
  if (!event) throw new ApiError(404, 'not_found', `url: timeline "${target.slug}" has no event "${target.id}"`);
  const thumbnailUrl = `${origin}${eventPermalink(target.slug, target.id)}/opengraph-image`;
  return publicJson(request, oembedResponse(parsed.value, { title: event.title, origin, thumbnailUrl }));
});

export const OPTIONS = readOnlyPreflight;
