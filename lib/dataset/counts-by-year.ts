import type { Event } from '../model';

/** How many events start in a year (astronomical numbering: 0 is 1 BCE). */
export interface YearCount {
  year: number;
  count: number;
}

/**
 * Events per year of their start, in year order, with empty years between the first and the last
 * filled in so a bar chart shows gaps as gaps. A decade or century event counts in its first year.
 */
export function countsByYear(events: readonly Event[], maxYears = 400): YearCount[] {
  const counts = new Map<number, number>();
  for (const event of events) {
    const year = new Date(event.date.start).getUTCFullYear();
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  if (counts.size === 0) return [];
  const years = [...counts.keys()].sort((a, b) => a - b);
  const first = years[0];
  const last = years[years.length - 1];
  // Dense only when it stays readable; a history from 3000 BCE to today lists only the years it has.
  const dense = last - first < maxYears ? Array.from({ length: last - first + 1 }, (_, i) => first + i) : years;
  return dense.map((year) => ({ year, count: counts.get(year) ?? 0 }));
}
