import type { EventListQuery } from '../model';
import { getStore } from '../store';
import { notFound } from './api-error';
import { type KeptBody, KeptBodies } from './kept-bodies';
import { etagOf } from './respond';

/** Pages of events are read far more often than timelines change; 200 events are about 100 KB of JSON. */
const kept = new KeptBodies(32 * 1024 * 1024);

/**
 * A timeline with one page of its events, filtered as the query asks, as JSON with its ETag. Kept per
 * timeline version, so a repeated read (and a revalidation that ends in 304) costs one primary-key lookup.
 */
export async function timelinePageJson(slug: string, query: EventListQuery): Promise<KeptBody> {
  const store = await getStore();
  const timeline = await store.getTimeline(slug);
  if (!timeline) throw notFound('timeline');
  const { cursor, ...filter } = query;
  const key = JSON.stringify([slug, timeline.updatedAt, query]);
  const found = kept.find(key);
  if (found) return found;
  const page = await store.listEvents(slug, { ...filter, after: cursor });
  const body = JSON.stringify({ timeline, events: page.events, next: page.next });
  return kept.keep(key, { body, etag: etagOf(body) });
}
