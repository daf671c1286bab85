import type { Granularity } from '../model';

/** The inclusive span of instants a TIMEX3 value covers, and how precise it is. */
export interface TimexSpan {
  start: string;
  end: string;
  granularity: Granularity;
}

// Spans are built with Date's UTC methods rather than date-fns: date-fns works in local time, and
// spans must be the same on every machine and for years before 100 (where Date.UTC maps 0-99 to 19xx).
function utc(year: number, month = 0, day = 1, hour = 0, minute = 0, second = 0): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, day);
  d.setUTCHours(hour, minute, second, 0);
  return d.getTime();
}

function span(start: number, endExclusive: number, granularity: Granularity): TimexSpan {
  return { start: new Date(start).toISOString(), end: new Date(endExclusive - 1).toISOString(), granularity };
}

/** Monday 00:00 of ISO week 1: the week that holds 4 January. */
function isoWeekOneStart(year: number): number {
  const jan4 = utc(year, 0, 4);
  const weekday = (new Date(jan4).getUTCDay() + 6) % 7;
  return jan4 - weekday * 86_400_000;
}

const DAY_MS = 86_400_000;

/** TIMEX3 parts of the day, as hours [from, to). */
const PARTS_OF_DAY: Record<string, [number, number]> = {
  MO: [6, 12],
  MI: [12, 12],
  AF: [12, 18],
  EV: [18, 22],
  NI: [21, 24],
  DT: [6, 18],
};

/** Meteorological seasons of the northern hemisphere, as months [from, to); winter runs into the next year. */
const SEASONS: Record<string, [number, number]> = { SP: [2, 5], SU: [5, 8], FA: [8, 11], WI: [11, 14] };

/** Parses the year part: `2024`, `BC0044` (44 BC, astronomical year -43) or `-0043`. */
function parseYear(text: string): number | null {
  const bc = /^BC(\d{4})$/.exec(text);
  if (bc) return 1 - Number(bc[1]);
  return /^-?\d{4}$/.test(text) ? Number(text) : null;
}

/** Years [first, last] of a decade (`202`) or century (`19`), also BC (`BC004` is 49-40 BC). */
function yearRange(digits: string, bc: boolean): [number, number] {
  const width = digits.length === 3 ? 10 : 100;
  const low = Number(digits) * width;
  return bc ? [1 - (low + width - 1), 1 - low] : [low, low + width - 1];
}

/**
 * A fiscal year (`FY2024`), quarter (`FY2024-Q3`) or half (`FY2024-H1`), for fiscal years that start in month
 * `start` (1-12) and are named for the calendar year they end in: with an April start, FY2024 runs from
 * April 2023 to March 2024. A January start makes the fiscal year the calendar year.
 */
function fiscalSpan(year: number, start: number, part: 'Q' | 'H' | undefined, n: number): TimexSpan | null {
  const first = start === 1 ? year : year - 1;
  if (part === undefined) return span(utc(first, start - 1), utc(first + 1, start - 1), 'year');
  const months = part === 'Q' ? 3 : 6;
  if (n > 12 / months) return null;
  const from = start - 1 + (n - 1) * months;
  return span(utc(first, from), utc(first, from + months), 'quarter');
}

/**
 * The span a TIMEX3 value covers: `2020` is the whole year, `2024-W06` its ISO week, `202` the 2020s,
 * `19` the 1900s, `2024-SU` the summer, `1998-XX-XX` the year 1998, `FY2024` the fiscal year that starts
 * in month `fiscalStart` (January unless the text says otherwise). `null` when the value names no known
 * stretch of time (durations, `PAST_REF`, `XXXX-02-11`).
 */
export function timexSpan(value: string, fiscalStart = 1): TimexSpan | null {
  const v = value.replace(/(-XX)+$/, '');
  const fiscal = /^FY(\d{4})(?:-([QH])([1-4]))?$/.exec(v);
  if (fiscal) return fiscalSpan(Number(fiscal[1]), fiscalStart, fiscal[2] as 'Q' | 'H' | undefined, Number(fiscal[3]));

  const decade = /^(BC)?(\d{2,3})$/.exec(v);
  if (decade) {
    const [first, last] = yearRange(decade[2], Boolean(decade[1]));
    return span(utc(first), utc(last + 1), decade[2].length === 3 ? 'decade' : 'century');
  }

  const m = /^(BC\d{4}|-?\d{4})(?:-(.+))?$/.exec(v);
  if (!m) return null;
  const year = parseYear(m[1]);
  if (year === null) return null;
  const rest = m[2];
  if (rest === undefined) return span(utc(year), utc(year + 1), 'year');

  const quarter = /^Q([1-4])$/.exec(rest);
  if (quarter) {
    const q = Number(quarter[1]) - 1;
    return span(utc(year, q * 3), utc(year, q * 3 + 3), 'quarter');
  }
  // Halves have no granularity of their own; a quarter is the nearest width.
  const half = /^H([12])$/.exec(rest);
  if (half) {
    const h = Number(half[1]) - 1;
    return span(utc(year, h * 6), utc(year, h * 6 + 6), 'quarter');
  }
  const season = SEASONS[rest];
  if (season) return span(utc(year, season[0]), utc(year, season[1]), 'season');

  const week = /^W(\d{2})(?:-(WE|[1-7]))?$/.exec(rest);
  if (week) {
    const n = Number(week[1]);
    if (n < 1 || n > 53) return null;
    const monday = isoWeekOneStart(year) + (n - 1) * 7 * DAY_MS;
    if (week[2] === 'WE') return span(monday + 5 * DAY_MS, monday + 7 * DAY_MS, 'week');
    if (week[2]) {
      const day = monday + (Number(week[2]) - 1) * DAY_MS;
      return span(day, day + DAY_MS, 'day');
    }
    return span(monday, monday + 7 * DAY_MS, 'week');
  }

  const date = /^(\d{2})(?:-(\d{2})(?:T(.+))?)?$/.exec(rest);
  if (!date) return null;
  const month = Number(date[1]) - 1;
  if (month < 0 || month > 11) return null;
  if (date[2] === undefined) return span(utc(year, month), utc(year, month + 1), 'month');
  const day = Number(date[2]);
  const dayStart = utc(year, month, day);
  // Reject 2023-02-30 instead of rolling it over into March.
  if (day < 1 || new Date(dayStart).getUTCMonth() !== month) return null;
  const time = date[3];
  if (time === undefined) return span(dayStart, dayStart + DAY_MS, 'day');

  const part = PARTS_OF_DAY[time];
  if (part) return span(dayStart + part[0] * 3_600_000, dayStart + Math.max(part[1], part[0] + 1) * 3_600_000, 'time');
  const clock = /^(\d{2})(?::(\d{2})(?::(\d{2}))?)?$/.exec(time);
  if (!clock) return null;
  const [h, min, s] = [Number(clock[1]), Number(clock[2] ?? 0), Number(clock[3] ?? 0)];
  if (h > 24 || min > 59 || s > 59) return null;
  const at = dayStart + ((h * 60 + min) * 60 + s) * 1000;
  const width = clock[3] !== undefined ? 1000 : clock[2] !== undefined ? 60_000 : 3_600_000;
  return span(at, at + width, 'time');
}
