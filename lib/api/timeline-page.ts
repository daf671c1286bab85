import type { EventListQuery, TimelinePage } from '../model';
import { getStore } from '../store';
import { notFound } from './api-error';

/** A timeline with one page of its events, filtered as the query asks. */
export async function timelinePage(slug: string, query: EventListQuery): Promise<TimelinePage> {
  const store = await getStore();
  const timeline = await store.getTimeline(slug);
  if (!timeline) throw notFound('timeline');
  const { cursor, ...filter } = query;
  const page = await store.listEvents(slug, { ...filter, after: cursor });
  return { timeline, events: page.events, next: page.next };
}
