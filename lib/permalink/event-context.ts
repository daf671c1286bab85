import type { Event, Mention } from '@/lib/model';

/** The source sentence split around the words that give the date, for highlighting them. */
export interface SentenceParts {
  before: string;
  date: string;
  after: string;
}

/** The mention's sentence with its date words picked out; null if the offsets do not fall inside it. */
export function sentenceParts(mention: Mention): SentenceParts | null {
  const from = mention.timexStart - mention.start;
  const to = mention.timexEnd - mention.start;
  if (from < 0 || to < from || to > mention.sentence.length) return null;
  return { before: mention.sentence.slice(0, from), date: mention.sentence.slice(from, to), after: mention.sentence.slice(to) };
}

/** The events just before and just after `id` in the timeline's order (start, then id), if any. */
export function eventNeighbours(events: readonly Event[], id: string): { previous: Event | null; next: Event | null } {
  const at = events.findIndex((e) => e.id === id);
  if (at < 0) return { previous: null, next: null };
  return { previous: events[at - 1] ?? null, next: events[at + 1] ?? null };
}
