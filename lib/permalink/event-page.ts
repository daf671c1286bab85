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

/** The event page for `/timelines/[slug]/events/[eventId]`, or null when there is no such event. */
export async function loadEventPage(store: Pick<Store, 'getTimeline' | 'listEvents' | 'listDocuments'>, slug: string, eventId: string): Promise<EventPage | null> {
  if (!Slug.safeParse(slug).success || !EventId.safeParse(eventId).success) return null;
  const published = await loadPublished(store, slug);
  const event = published?.events.find((e) => e.id === eventId);
  if (!published || !event) return null;
  const ids = [...new Set(event.mentions.map((m) => m.documentId))];
  const sources = ids.flatMap((id) => published.documents.filter((d) => d.id === id));
  return { published, event, ...eventNeighbours(published.events, event.id), sources };
}
