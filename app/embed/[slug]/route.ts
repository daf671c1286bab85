import { getStore } from '@/lib/store';
import { Slug } from '@/lib/model';
import { embedAssetPath, EmbedAssetsMissingError, loadEmbedAssets } from '@/lib/permalink/embed-assets';
import { timelineEmbedDocument } from '@/lib/permalink/embed-document';
import { parseEmbedOptions } from '@/lib/permalink/parse-embed-options';
import { embedErrorResponse, embedNotModified, embedResponse } from '@/lib/permalink/embed-response';
import { isNotModified, weakEtag } from '@/lib/permalink/http-cache';
import { loadPublished } from '@/lib/permalink/published';
import { renderedEmbed } from '@/lib/permalink/rendered-embeds';
import { requestOrigin } from '@/lib/permalink/request-origin';

/** The chrome-free timeline for iframes, as a plain HTML document: see lib/permalink/embed-document.ts. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!Slug.safeParse(slug).success) return embedErrorResponse(404, `There is no timeline "${slug}".`);
  const url = new URL(request.url);
  const options = parseEmbedOptions(url.searchParams);
  if (!options.ok) return embedErrorResponse(400, `This embed's address is wrong: ${options.message}.`);
  try {
    const assets = loadEmbedAssets();
    const store = await getStore();
    const published = await loadPublished(store, slug);
    if (!published) return embedErrorResponse(404, `There is no timeline "${slug}".`);
    const origin = requestOrigin(request.headers);
    const etag = weakEtag(published.version, url.search, origin, assets.timeline.sha256, assets['timeline-css'].sha256);
    if (isNotModified(request.headers.get('if-none-match'), etag)) return embedNotModified(etag);
    // Only the store knows how `q` matches; the other filters the renderer applies and shows itself.
    const events = options.value.q ? (await store.listEvents(slug, { q: options.value.q })).events : published.events;
    const html = renderedEmbed(etag, () =>
      timelineEmbedDocument({
        timeline: published.timeline,
        events,
        options: options.value,
        origin,
        scriptSrc: embedAssetPath(assets.timeline),
        timelineCss: assets['timeline-css'].content.toString('utf8'),
      }),
    );
    return embedResponse(html, etag);
  } catch (error) {
    if (error instanceof EmbedAssetsMissingError) return embedErrorResponse(503, error.message);
    throw error;
  }
}
