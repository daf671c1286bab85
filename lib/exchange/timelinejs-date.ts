import type { EventDate, Granularity, TimelineJsDate } from '../model';
import { timexSpan } from '../extract/timex-span';
import { ImportError } from './imported-timeline';

type Precision = 'year' | 'month' | 'day' | 'time';

/** TimelineJS dates know years, months, days and clock times; our wider granularities map to the nearest. */
const PRECISION: Record<Granularity, Precision> = {
  century: 'year',
  decade: 'year',
  year: 'year',
  season: 'month',
  quarter: 'month',
  month: 'month',
  week: 'day',
  day: 'day',
  time: 'time',
};

function parts(iso: string, precision: Precision): TimelineJsDate {
  const d = new Date(iso);
  const date: TimelineJsDate = { year: d.getUTCFullYear() };
  if (precision === 'year') return date;
  date.month = d.getUTCMonth() + 1;
  if (precision === 'month') return date;
  date.day = d.getUTCDate();
  if (precision === 'day') return date;
  date.hour = d.getUTCHours();
  date.minute = d.getUTCMinutes();
  if (d.getUTCSeconds()) date.second = d.getUTCSeconds();
  return date;
}

/** An event date as TimelineJS start and end dates; the end only where the start's own span does not end there. */
export function toTimelineJsDates(date: EventDate): { start_date: TimelineJsDate; end_date?: TimelineJsDate } {
  const precision = PRECISION[date.granularity];
  const start = parts(date.start, precision);
  const ownEnd = timexSpan(timexOf(start))?.end;
  return ownEnd === date.end ? { start_date: start } : { start_date: start, end_date: parts(date.end, precision) };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The TIMEX3 value of a TimelineJS date: `2024`, `2024-01`, `2024-01-29`, `2024-01-29T10:30`. */
export function timexOf(date: TimelineJsDate): string {
  const { year, month, day, hour, minute, second } = date;
  if (!Number.isInteger(year) || Math.abs(year) > 9999) throw new ImportError(`year ${year} is outside -9999..9999`);
  let value = year < 0 ? `-${pad(-year, 4)}` : pad(year, 4);
  if (month === undefined) return value;
  value += `-${pad(month)}`;
  if (day === undefined) return value;
  value += `-${pad(day)}`;
  if (hour === undefined) return value;
  value += `T${pad(hour)}:${pad(minute ?? 0)}`;
  return second === undefined ? value : `${value}:${pad(second)}`;
}

/** A TimelineJS start (and end) date as our EventDate: the start's span, stretched to the end's. */
export function fromTimelineJsDates(start: TimelineJsDate, end?: TimelineJsDate): EventDate {
  const value = timexOf(start);
  const startSpan = timexSpan(value);
  if (!startSpan) throw new ImportError(`${value} is not a date`);
  if (!end) return { value, start: startSpan.start, end: startSpan.end, granularity: startSpan.granularity, approximate: false };
  const endValue = timexOf(end);
  const endSpan = timexSpan(endValue);
  if (!endSpan) throw new ImportError(`end date ${endValue} is not a date`);
  if (Date.parse(endSpan.end) < Date.parse(startSpan.start)) throw new ImportError(`end date ${endValue} is before the start ${value}`);
  return { value, start: startSpan.start, end: endSpan.end, granularity: startSpan.granularity, approximate: false };
}
