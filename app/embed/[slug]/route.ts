import { getStore } from '@/lib/store';
import { Slug } from '@/lib/model';
import { embedAssetPath, EmbedAssetsMissingError, loadEmbedAssets } from '@/lib/permalink/embed-assets';
import { timelineEmbedDocument } from '@/lib/permalink/embed-document';
import { parseEmbedOptions } from '@/lib/permalink/parse-embed-options';
import { embedErrorResponse, embedNotModified, embedResponse } from '@/lib/permalink/embed-response';
import { eventsFilePath } from '@/lib/permalink/events-file';
import { isNotModified, weakEtag } from '@/lib/permalink/http-cache';
import { eventsFileKey } from '@/lib/permalink/kept-events-files';
import { loadPublished } from '@/lib/permalink/published';
import { requestOrigin } from '@/lib/permalink/request-origin';

/**
 * The chrome-free timeline for iframes, as a plain HTML document (lib/permalink/embed-document.ts). It is
 * small whatever the timeline's size: the events follow in a file named by the timeline's version.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!Slug.safeParse(slug).success) return embedErrorResponse(404, `There is no timeline "${slug}".`);
  const url = new URL(request.url);
  const options = parseEmbedOptions(url.searchParams);
  if (!options.ok) return embedErrorResponse(400, `This embed's address is wrong: ${options.message}.`);
  try {
    const assets = loadEmbedAssets();
    const published = await loadPublished(await getStore(), slug);
    if (!published) return embedErrorResponse(404, `There is no timeline "${slug}".`);
    const origin = requestOrigin(request.headers);
    const etag = weakEtag(published.version, url.search, origin, assets.timeline.sha256, assets['timeline-css'].sha256);
    if (isNotModified(request.headers.get('if-none-match'), etag)) return embedNotModified(etag);
    const html = timelineEmbedDocument({
      timeline: published.timeline,
      eventsUrl: eventsFilePath(slug, eventsFileKey(slug, published.version, options.value.q), options.value.q),
      options: options.value,
      origin,
      scriptSrc: embedAssetPath(assets.timeline),
      timelineCss: assets['timeline-css'].content.toString('utf8'),
    });
    return embedResponse(html, etag);
  } catch (error) {
    if (error instanceof EmbedAssetsMissingError) return embedErrorResponse(503, error.message);
    throw error;
  }
}
