import { eventId, uniqueId } from '../extract/event-ids';
import type { AddEventRequest, Event } from '../model';
import { getStore } from '../store';
import { notFound } from './api-error';

/** Stores an event made by hand, under a readable id no other event of the timeline has. */
export async function addEventByHand(slug: string, input: AddEventRequest): Promise<Event> {
  const store = await getStore();
  if (!(await store.getTimeline(slug))) throw notFound('timeline');
  const { events } = await store.listEvents(slug);
  const taken = new Set(events.map((e) => e.id));
  const id = uniqueId(input.id ?? eventId(input.date.value, input.title), taken);
  const [event] = await store.addEvents(slug, [{ ...input, id, mentions: [], editedByHand: true }]);
  return event;
}
