import { serialiseEmbedOptions, type EmbedOptions } from './embed-options';
import { serialiseViewState, type ViewState } from './view-state';

/*
 * Every public address of a timeline and its events, built and recognised in one place so that pages,
 * share cards, embeds and oEmbed always agree.
 */

const withQuery = (path: string, query: string) => (query ? `${path}?${query}` : path);
const seg = encodeURIComponent;

/** `/timelines/royal-family`, with the view's query string when one is given. */
export function timelinePath(slug: string, view?: ViewState): string {
  return withQuery(`/timelines/${seg(slug)}`, view ? serialiseViewState(view) : '');
}

/** An event's canonical address: `/timelines/royal-family/events/2024-01-29-king-charles-...`. */
export function eventPermalink(slug: string, id: string): string {
  return `/timelines/${seg(slug)}/events/${seg(id)}`;
}

/** The chrome-free timeline for iframes. */
export function timelineEmbedPath(slug: string, options?: EmbedOptions): string {
  return withQuery(`/embed/${seg(slug)}`, options ? serialiseEmbedOptions(options) : '');
}

/** The compact card for one event, for iframes; only the display options apply to a card. */
export function eventEmbedPath(slug: string, id: string, options?: EmbedOptions): string {
  return withQuery(`/embed/${seg(slug)}/events/${seg(id)}`, options ? serialiseEmbedOptions({ ...options, lanes: 'none', from: undefined, to: undefined, event: undefined }) : '');
}

/** The oEmbed endpoint for a page, for discovery links and consumers. */
export function oembedPath(pageUrl: string): string {
  return `/api/oembed?${new URLSearchParams({ url: pageUrl, format: 'json' })}`;
}
