import type { EventDate, Granularity } from '@/lib/model';
import { markSpan } from './span-geometry';
import { formatUtc } from './format-utc';
import { yearLabel } from './year-label';

/** An event date as stored, or as typed in an editor (where `approximate` may be left out). */
export type DateParts = Pick<EventDate, 'start' | 'end' | 'granularity'> & { approximate?: boolean; value?: string };

const year = (ms: number) => yearLabel(new Date(ms).getUTCFullYear());
const on = (pattern: string) => (ms: number) => formatUtc(ms, pattern);
const SEASONS = ['winter', 'winter', 'spring', 'spring', 'spring', 'summer', 'summer', 'summer', 'autumn', 'autumn', 'autumn', 'winter'];
const ORDINAL_QUARTER = ['first', 'second', 'third', 'fourth'];

function ordinal(n: number): string {
  const rem100 = n % 100;
  if (rem100 >= 11 && rem100 <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** "the 1990s", "the 40s BCE": the decade that holds `ms`. */
function decade(ms: number): string {
  const y = new Date(ms).getUTCFullYear();
  return y > 0 ? `the ${Math.floor(y / 10) * 10}s` : `the ${Math.floor((1 - y) / 10) * 10}s BCE`;
}

/** "the 20th century", "the 1st century BCE". */
function century(ms: number): string {
  const y = new Date(ms).getUTCFullYear();
  return y > 0 ? `the ${ordinal(Math.floor((y - 1) / 100) + 1)} century` : `the ${ordinal(Math.floor(-y / 100) + 1)} century BCE`;
}

/** One period at a granularity, in words: "5 February 2024", "February 2024", "2020", "spring 2024". */
function periodInWords(ms: number, granularity: Granularity): string {
  const d = new Date(ms);
  switch (granularity) {
    case 'time':
      return `${on('d MMMM')(ms)} ${year(ms)}, ${on('HH:mm')(ms)} UTC`;
    case 'day':
      return `${on('d MMMM')(ms)} ${year(ms)}`;
    case 'week':
      return `the week of ${on('d MMMM')(ms)} ${year(ms)}`;
    case 'month':
      return `${on('MMMM')(ms)} ${year(ms)}`;
    case 'quarter':
      return `the ${ORDINAL_QUARTER[Math.floor(d.getUTCMonth() / 3)]} quarter of ${year(ms)}`;
    case 'season':
      return `${SEASONS[d.getUTCMonth()]} ${year(ms)}`;
    case 'year':
      return year(ms);
    case 'decade':
      return decade(ms);
    case 'century':
      return century(ms);
  }
}

/** Words that say how precise a single period is: "on", "sometime in", "in the week of". */
function withPrecision(ms: number, granularity: Granularity, approximate: boolean): string {
  const words = periodInWords(ms, granularity);
  if (approximate) return `around ${words}`;
  switch (granularity) {
    case 'time':
    case 'day':
      return `on ${words}`;
    case 'week':
      return words.replace(/^the /, '');
    default:
      return `sometime in ${words}`;
  }
}

/**
 * An event's date in words with its precision, for people: "on 5 February 2024", "week of 5 February 2024",
 * "sometime in 2020", "around March 1848", "from 1939 to 1945", "sometime in the 1st century BCE".
 */
export function dateInWords(date: DateParts): string {
  const start = Date.parse(date.start);
  const end = Date.parse(date.end);
  const approximate = date.approximate ?? false;
  if (markSpan(date).kind === 'range') {
    const span = `from ${periodInWords(start, date.granularity)} to ${periodInWords(end, date.granularity)}`;
    return approximate ? `roughly ${span}` : span;
  }
  return withPrecision(start, date.granularity, approximate);
}

/** A short date for tooltips and tables: "5 Feb 2024", "Feb 2024", "2020", "1939–1945", "c. 44 BCE". */
export function shortDate(date: DateParts): string {
  const start = Date.parse(date.start);
  const end = Date.parse(date.end);
  const one = (ms: number) => {
    switch (date.granularity) {
      case 'time':
        return `${on('d MMM')(ms)} ${year(ms)} ${on('HH:mm')(ms)}`;
      case 'day':
        return `${on('d MMM')(ms)} ${year(ms)}`;
      case 'week':
        return `wk of ${on('d MMM')(ms)} ${year(ms)}`;
      case 'month':
        return `${on('MMM')(ms)} ${year(ms)}`;
      case 'quarter':
        return `Q${Math.floor(new Date(ms).getUTCMonth() / 3) + 1} ${year(ms)}`;
      case 'season':
        return periodInWords(ms, 'season');
      case 'year':
        return year(ms);
      case 'decade':
        return decade(ms).replace(/^the /, '');
      case 'century':
        return century(ms).replace(/^the /, '');
    }
  };
  const text = markSpan(date).kind === 'range' ? `${one(start)}–${one(end)}` : one(start);
  return (date.approximate ?? false) ? `c. ${text}` : text;
}
