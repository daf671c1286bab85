import { getStore } from '@/lib/store';
import { EventId, Slug } from '@/lib/model';
import { embedAssetPath, EmbedAssetsMissingError, loadEmbedAssets } from '@/lib/permalink/embed-assets';
import { eventCardDocument } from '@/lib/permalink/embed-document';
import { parseEmbedOptions } from '@/lib/permalink/parse-embed-options';
import { embedErrorResponse, embedNotModified, embedResponse } from '@/lib/permalink/embed-response';
import { isNotModified, weakEtag } from '@/lib/permalink/http-cache';
import { localDate } from '@/lib/permalink/local-date';
import { loadPublished } from '@/lib/permalink/published';
import { requestOrigin } from '@/lib/permalink/request-origin';

type Params = { params: Promise<{ slug: string; eventId: string }> };

/** The compact card for one event, as a plain HTML document. */
export async function GET(request: Request, { params }: Params) {
  const { slug, eventId } = await params;
  if (!Slug.safeParse(slug).success || !EventId.safeParse(eventId).success) return embedErrorResponse(404, 'There is no such event.');
  const url = new URL(request.url);
  const options = parseEmbedOptions(url.searchParams);
  if (!options.ok) return embedErrorResponse(400, `This embed's address is wrong: ${options.message}.`);
  try {
    const assets = loadEmbedAssets();
    const published = await loadPublished(await getStore(), slug);
    const event = published?.events.find((e) => e.id === eventId);
    if (!published || !event) return embedErrorResponse(404, `Timeline "${slug}" has no event "${eventId}".`);
    const origin = requestOrigin(request.headers);
    const etag = weakEtag(published.version, eventId, url.search, origin, assets['report-height'].sha256);
    if (isNotModified(request.headers.get('if-none-match'), etag)) return embedNotModified(etag);
    const html = eventCardDocument({
      timeline: published.timeline,
      event,
      options: options.value,
      origin,
      dateText: localDate(event.date, options.value.lang),
      scriptSrc: embedAssetPath(assets['report-height']),
    });
    return embedResponse(html, etag);
  } catch (error) {
    if (error instanceof EmbedAssetsMissingError) return embedErrorResponse(503, error.message);
    throw error;
  }
}
