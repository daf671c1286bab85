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

const DAY = 86_400_000;
/** The narrowest window a permalink opens on: two months, so a one-day event shows its neighbours. */
const MIN_FOCUS_MS = 60 * DAY;

/**
 * The window a permalink opens the timeline on: the event in the middle, taking a ninth of the width,
 * and never narrower than two months.
 */
export function focusWindow(event: Pick<Event, 'date'>): { from: number; to: number } {
  const start = Date.parse(event.date.start);
  const end = Date.parse(event.date.end);
  const width = Math.max((end - start) * 9, MIN_FOCUS_MS);
  const middle = (start + end) / 2;
  return { from: Math.round(middle - width / 2), to: Math.round(middle + width / 2) };
}
