import type { Event, Timeline } from '@/lib/model';
import { formatWindowEdge } from './window-edge';

const DAY = 86_400_000;

/** A schema.org Date (`2024-01-29`, `-000043-03-15`) for the day that holds `ms`. */
function schemaDay(ms: number): string {
  return formatWindowEdge(Math.floor(ms / DAY) * DAY);
}

/** One thing, or a list when there are several, as schema.org readers expect. */
function oneOrMany<T>(items: T[]): T | T[] | undefined {
  return items.length === 0 ? undefined : items.length === 1 ? items[0] : items;
}

/**
 * schema.org `Event` for search engines. Dates are days, or the instant when the time is known;
 * a period (a week, a year) runs from its first day to its last.
 */
export function eventJsonLd(event: Event, timeline: Timeline, { url, imageUrl }: { url: string; imageUrl?: string }): Record<string, unknown> {
  const start = Date.parse(event.date.start);
  const end = Date.parse(event.date.end);
  const timed = event.date.granularity === 'time';
  const startDate = timed ? new Date(start).toISOString() : schemaDay(start);
  const endDate = timed ? new Date(end).toISOString() : schemaDay(end);
  const description = event.summary || event.mentions[0]?.sentence;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    startDate,
    ...(endDate !== startDate ? { endDate } : {}),
    ...(description ? { description } : {}),
    url,
    ...(imageUrl ? { image: imageUrl } : {}),
    location: oneOrMany(event.places.map((name) => ({ '@type': 'Place', name }))),
    about: oneOrMany(event.people.map((name) => ({ '@type': 'Person', name }))),
    organizer: oneOrMany(event.organizations.map((name) => ({ '@type': 'Organization', name }))),
    isAccessibleForFree: true,
    subjectOf: { '@type': 'CreativeWork', name: timeline.title },
  };
}
