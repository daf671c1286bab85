import { getStore } from '@/lib/store';
import { embedAssetPath, EmbedAssetsMissingError, loadEmbedAssets } from '@/lib/permalink/embed-assets';
import { eventCardDocument } from '@/lib/permalink/embed-document';
import { parseEmbedOptions } from '@/lib/permalink/parse-embed-options';
import { embedErrorResponse, embedNotModified, embedResponse } from '@/lib/permalink/embed-response';
import { isNotModified, weakEtag } from '@/lib/permalink/http-cache';
import { localDate } from '@/lib/permalink/local-date';
import { resolveEventAddress } from '@/lib/permalink/event-page';
import { renamedEventPath } from '@/lib/permalink/retired-event';
import { timelinePath } from '@/lib/permalink/urls';
import { requestOrigin } from '@/lib/permalink/request-origin';

type Params = { params: Promise<{ slug: string; eventId: string }> };

/** The compact card for one event, as a plain HTML document. */
export async function GET(request: Request, { params }: Params) {
  const { slug, eventId } = await params;
  const url = new URL(request.url);
  const options = parseEmbedOptions(url.searchParams);
  if (!options.ok) return embedErrorResponse(400, `This embed's address is wrong: ${options.message}.`);
  try {
    const assets = loadEmbedAssets();
    const address = await resolveEventAddress(await getStore(), slug, eventId);
    if (address.kind === 'renamed') return Response.redirect(new URL(renamedEventPath(slug, address.id, true, url.search), url), 308);
    if (address.kind === 'deleted') {
      return embedErrorResponse(410, 'This event was deleted from its timeline.', { href: timelinePath(slug), text: 'See the timeline.' });
    }
    if (address.kind === 'unknown') return embedErrorResponse(404, `There is no event "${eventId}" on a timeline "${slug}".`);
    const { published, event } = address.page;
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
