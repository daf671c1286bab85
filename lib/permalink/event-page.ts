import type { Document, Event } from '@/lib/model';
import { EventId, Slug } from '@/lib/model';
import type { Store } from '@/lib/store/store';
import { eventNeighbours } from './event-context';
import { loadPublished, type Published } from './published';

/** Everything an event's permalink shows. */
export interface EventPage {
  published: Published;
  event: Event;
  previous: Event | null;
  next: Event | null;
  /** The documents the event was found in, in the order of its mentions. */
  sources: Omit<Document, 'text'>[];
}

/** What an event address names: a live event, an id renamed to another, a deleted event, or nothing. */
export type EventAddress = { kind: 'live'; page: EventPage } | { kind: 'renamed'; id: string } | { kind: 'deleted' } | { kind: 'unknown' };

type Reads = Pick<Store, 'getTimeline' | 'listEvents' | 'listDocuments' | 'retiredEvent'>;

/** Resolves `/timelines/[slug]/events/[eventId]` (and the card embed's address) to what it shows. */
export async function resolveEventAddress(store: Reads, slug: string, eventId: string): Promise<EventAddress> {
  if (!Slug.safeParse(slug).success || !EventId.safeParse(eventId).success) return { kind: 'unknown' };
  const published = await loadPublished(store, slug);
  if (!published) return { kind: 'unknown' };
  const event = published.events.find((e) => e.id === eventId);
  if (!event) {
    const retired = await store.retiredEvent(slug, eventId);
    return retired ? (retired.kind === 'renamed' ? { kind: 'renamed', id: retired.id } : { kind: 'deleted' }) : { kind: 'unknown' };
  }
  const ids = [...new Set(event.mentions.map((m) => m.documentId))];
  const sources = ids.flatMap((id) => published.documents.filter((d) => d.id === id));
  return { kind: 'live', page: { published, event, ...eventNeighbours(published.events, event.id), sources } };
}
