import type { Event, TimelineSummary } from '../model';
import type { Store } from '../store/store';
import { loadPublished } from '../permalink/published';
import { density } from '../timeline/density';

export const SPARKLINE_BINS = 40;

/** A timeline as the home page shows it: its summary, a density sparkline, and the events a search found in it. */
export interface TimelineCard {
  summary: TimelineSummary;
  /** Events per slice of its span, SPARKLINE_BINS slices. */
  sparkline: number[];
  /** With a search: the first matching events (empty when only the title matched). */
  matches: Event[];
}

const MATCHES_SHOWN = 3;

function sparklineOf(events: readonly Event[], summary: TimelineSummary): number[] {
  if (!summary.start || !summary.end) return [];
  const from = Date.parse(summary.start);
  // The last event must land in the last bin, not just past it.
  const to = Date.parse(summary.end) + 1;
  return [...density(events.map((e) => Date.parse(e.date.start)), from, to, SPARKLINE_BINS)];
}

/**
 * The home page's cards: every timeline, or with `q` those whose title or description contains it or
 * that have events containing it (case-insensitive). Events come through the published-timeline cache,
 * so a visit reads only the timelines that changed since the last one.
 */
export async function timelineCards(store: Store, q?: string): Promise<TimelineCard[]> {
  const needle = q?.trim().toLowerCase();
  const cards: TimelineCard[] = [];
  for (const summary of await store.listTimelines()) {
    const published = await loadPublished(store, summary.slug);
    if (!published) continue;
    const matches = needle ? (await store.listEvents(summary.slug, { q: needle, limit: MATCHES_SHOWN })).events : [];
    const titleMatches = !needle || `${summary.title}\n${summary.description}`.toLowerCase().includes(needle);
    if (titleMatches || matches.length > 0) cards.push({ summary, sparkline: sparklineOf(published.events, summary), matches });
  }
  return cards;
}
