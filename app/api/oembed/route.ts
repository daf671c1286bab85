import { getStore } from '@/lib/store';
import { apiRoute } from '@/lib/api/api-route';
import { ApiError } from '@/lib/api/api-error';
import { readOnlyPreflight } from '@/lib/api/cors';
import { publicJson } from '@/lib/api/respond';
import { resolveEventAddress } from '@/lib/permalink/event-page';
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
  const store = await getStore();
  if (target.kind === 'timeline') {
    const published = await loadPublished(store, target.slug);
    if (!published) throw new ApiError(404, 'not_found', `url: there is no timeline "${target.slug}"`);
    return publicJson(request, oembedResponse(parsed.value, { title: published.timeline.title, origin }));
  }
  let address = await resolveEventAddress(store, target.slug, target.id);
  let id = target.id;
  // A renamed id is answered for the event it now names, as its page redirects there; history keeps one hop.
  if (address.kind === 'renamed') {
    id = address.id;
    address = await resolveEventAddress(store, target.slug, id);
  }
  if (address.kind !== 'live') throw new ApiError(404, 'not_found', `url: there is no event "${target.id}" on a timeline "${target.slug}"`);
  const thumbnailUrl = `${origin}${eventPermalink(target.slug, id)}/opengraph-image`;
  return publicJson(request, oembedResponse({ ...parsed.value, target: { ...target, id } }, { title: address.page.event.title, origin, thumbnailUrl }));
});

export const OPTIONS = readOnlyPreflight;
