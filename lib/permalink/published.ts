import type { Document, Event, Timeline } from '@/lib/model';
import type { Store } from '@/lib/store/store';

/** A timeline as its public pages show it: every event in time order and the documents they came from. */
export interface Published {
  timeline: Timeline;
  events: Event[];
  documents: Omit<Document, 'text'>[];
  /** Changes whenever anything on the timeline does: the store stamps the timeline on every write. */
  version: string;
}

/** Timelines kept in memory at once; a busy site embeds a handful, and each holds all its events. */
const MAX_KEPT = 32;

const kept = new Map<string, Published>();

/**
 * The published timeline, read from the store only when it changed. Every call costs one primary-key
 * lookup (the timeline row, whose `updatedAt` every write bumps), so a widget on a busy page does not
 * list thousands of events per view, and an edit shows at once, in every app instance sharing the store.
 */
export async function loadPublished(store: Pick<Store, 'getTimeline' | 'listEvents' | 'listDocuments'>, slug: string): Promise<Published | null> {
  const timeline = await store.getTimeline(slug);
  if (!timeline) {
    kept.delete(slug);
    return null;
  }
  const hit = kept.get(slug);
  if (hit && hit.version === timeline.updatedAt) {
    // Refresh its place in the LRU order.
    kept.delete(slug);
    kept.set(slug, hit);
    return hit;
  }
  const [{ events }, documents] = await Promise.all([store.listEvents(slug), store.listDocuments(slug)]);
  const published: Published = { timeline, events, documents, version: timeline.updatedAt };
  kept.delete(slug);
  kept.set(slug, published);
  if (kept.size > MAX_KEPT) kept.delete(kept.keys().next().value!);
  return published;
}
