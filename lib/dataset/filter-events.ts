import type { Event, EventFilter } from '../model';

/** The filters a reader sets on a timeline page beyond the renderer's name filters. */
export type TextFilter = Pick<EventFilter, 'q' | 'minConfidence'>;

function searchableText(event: Event): string {
  return [event.title, event.summary, ...event.mentions.map((m) => m.sentence), ...event.people, ...event.places, ...event.organizations, ...event.tags]
    .join('\n')
    .toLowerCase();
}

/**
 * Events that contain `q` (case-insensitive, as a plain substring of the title, summary, sentences or
 * names, as the store's `q` matches) and are at least `minConfidence` sure.
 */
export function filterEvents(events: readonly Event[], { q, minConfidence }: TextFilter): readonly Event[] {
  const needle = q?.trim().toLowerCase();
  if (!needle && !minConfidence) return events;
  return events.filter((e) => (!minConfidence || e.confidence >= minConfidence) && (!needle || searchableText(e).includes(needle)));
}
