import { clockMinutes } from './calendar';
import type { Candidate, Partial } from './partial';

/** What may stand between two parts of one expression: a comma, a time zone, "of". */
const JOINER = /^,?\s+(?:(?:[A-Z]{2,4}|of)\s+)?$/;
/**
 * "6:30 p.m. on Tuesday, March 19": TimeML leaves the preposition outside, so the time and the day stay two
 * expressions, but the time is on that day; so is one restated in a bracket before it ("6 a.m. (0400 GMT) on Tuesday"), and
 * one told in a place's time ("9:32 a.m. local time on 16 July", "9 a.m. Moscow time on Friday").
 */
const ON = /^\)?\s+(?:(?:local|[A-Z][a-z]+)\s+time,?\s+)?on\s+$|^\)\s+$/;
/** "6 a.m. (0400 GMT) on Tuesday": a time restated in a bracket is on the day the restatement is. */
const RESTATED = /^\s*\(\s*$/;
const PART_OF_DAY = /^T[A-Z]{2}$/;
const MIDNIGHT = 'T24:00';
/** Between two dates said together: a range or a list. */
const COORDINATED = /^,\s+$|^,?\s+(?:and|or|to|through|until|till)\s+$|^\s*[-–]\s*$/;
/** Between the ends of a time range. */
const RANGE = /^\s+(?:and|to|until|till)\s+$|^\s*[-–]\s*$/;

type Calendar = Extract<Partial, { kind: 'calendar' }>;
const isCalendar = (p: Partial): p is Calendar => p.kind === 'calendar';
const hasDay = (p: Partial) => isCalendar(p) && p.day !== undefined;
/** A clock time chrono found without a date ("9 a.m."). */
const isBareTime = (p: Partial) => p.kind === 'offset' && p.amount === 0 && p.time !== undefined && p.unit === 'day' && p.from === 'narrative';
const isYear = (p: Partial) => p.kind === 'literal' && /^\d{4}$/.test(p.value);

/** The single expression two adjacent candidates make, or `null` if they stay apart. */
function merge(a: Candidate, b: Candidate): Candidate | null {
  const span = { start: a.start, end: b.end, rule: a.rule, mod: a.mod ?? b.mod };
  // "Friday, Oct. 23", "Good Friday, 14 April 1865": the date says it all; the weekday or holiday only confirms it,
  // and a weekday keeps a time joined to it ("9 a.m. Friday, Oct. 23").
  if ((a.partial.kind === 'weekday' || a.partial.kind === 'holiday') && hasDay(b.partial)) {
    const time = a.partial.kind === 'weekday' ? a.partial.time : undefined;
    return time ? { ...span, type: 'TIME', partial: { ...(b.partial as Calendar), time } } : { ...span, type: b.type, partial: b.partial };
  }
  // "January nineteen ninety-seven", "March of 1998" split by a rule that reads years in words.
  if (isCalendar(a.partial) && a.partial.year === undefined && a.partial.day === undefined && isYear(b.partial)) {
    return { ...span, type: 'DATE', partial: { ...a.partial, year: Number((b.partial as { value: string }).value) } };
  }
  // "June last year", "January this year": the month of a year given relative to the DCT.
  if (isCalendar(a.partial) && a.partial.year === undefined && a.partial.day === undefined && a.partial.month !== undefined && b.partial.kind === 'offset' && b.partial.unit === 'year' && b.partial.from === 'dct' && !b.mod) {
    return { ...span, type: 'DATE', partial: { ...a.partial, yearShift: b.partial.amount } };
  }
  // "the autumn of that year", "March of the following year": the month or season of a year the story counts to.
  if (isCalendar(a.partial) && a.partial.year === undefined && a.partial.day === undefined && (a.partial.month !== undefined || a.partial.season !== undefined) && b.partial.kind === 'offset' && b.partial.unit === 'year' && b.partial.from !== 'dct' && !b.mod) {
    return { ...span, type: 'DATE', partial: { ...a.partial, direction: undefined, storyYearShift: b.partial.amount } };
  }
  // "9 a.m. EST Tuesday", "10 p.m. Wednesday", "noon Thursday": the day carries the time.
  const timed = timeOnDay(a, b);
  return timed && { ...span, ...timed };
}

/**
 * "between June and August 2019", "March and April of last year", "the spring and summer of 1969": the year said
 * once belongs to both. The first date, without a year of its own, takes the second's.
 */
function sharedYear(first: Partial, second: Partial): Partial | null {
  if (!isCalendar(first) || !isCalendar(second) || first.year !== undefined || first.yearShift !== undefined || first.direction !== undefined) return null;
  if (second.year === undefined && second.yearShift === undefined) return null;
  return { ...first, year: second.year, yearShift: second.yearShift };
}

/** A bare clock time put on the day `day` names ("9 a.m." + "Tuesday"), or `null` if `day` names none. */
function timeOnDay(time: Candidate, day: Candidate): Pick<Candidate, 'type' | 'partial'> | null {
  const p = day.partial;
  // A part of the day gives way to the clock: "7pm tonight" is 19:00 that day.
  const dayOnly = p.kind === 'offset' && p.unit === 'day' && (!p.time || PART_OF_DAY.test(p.time));
  if (!isBareTime(time.partial) || !(p.kind === 'weekday' || hasDay(p) || dayOnly)) return null;
  return { type: 'TIME', partial: { ...p, time: (time.partial as { time: string }).time } as Partial };
}

/**
 * What an expression takes from the next one said with it, when the two stay apart: the day of "6:30 p.m. on
 * Tuesday" and of a time range ("between 7 a.m. and 8 a.m. on Wednesday"), the year of a list ("June and August 2019").
 */
function borrowFromNext(c: Candidate, next: Candidate, gap: string): Candidate {
  const shared = COORDINATED.test(gap) ? sharedYear(c.partial, next.partial) : null;
  const range = RANGE.test(gap) && next.type === 'TIME';
  const timed = ON.test(gap) || range || RESTATED.test(gap) ? timeOnDay(c, next) : null;
  if (!timed) return shared ? { ...c, partial: shared } : c;
  // "between midnight and 4am": midnight that opens a range is the start of the day, not its end (T24:00).
  if (range && 'time' in timed.partial && timed.partial.time === MIDNIGHT) timed.partial = { ...timed.partial, time: 'T00:00' };
  return { ...c, ...timed };
}

/** What joins the parts of one length of time: "63 years and seven months", "two hours, 30 minutes". */
const DURATION_JOINER = /^(?:,?\s+and|,)\s+$/;
/** Duration units from largest to smallest, days before time: a compound names each once, in this order. */
const DURATION_ORDER = ['Y', 'M', 'W', 'D', 'TH', 'TM', 'TS'];
const SIMPLE_DURATION = /^P(T?)(\d+)([YMWDHS])$/;
/** A duration in numbers, perhaps already joined ("8 days, 3 hours"), and its last unit. */
const JOINED_DURATION = /^P(?:\d+[YMWD])*T?(?:\d+[HMS])*?\d+([YMWDHS])$/;

/**
 * "63 years and seven months" -> `P63Y7M`, "two hours and 30 minutes" -> `PT2H30M`, "8 days, 3 hours and 18 minutes" ->
 * `P8DT3H18M`: one duration, larger unit first.
 */
function joinDurations(a: Candidate, b: Candidate): Candidate | null {
  if (a.type !== 'DURATION' || b.type !== 'DURATION' || a.partial.kind !== 'literal' || b.partial.kind !== 'literal') return null;
  const [x, y] = [JOINED_DURATION.exec(a.partial.value), SIMPLE_DURATION.exec(b.partial.value)];
  if (!x || !y) return null;
  const inTime = a.partial.value.includes('T');
  if (DURATION_ORDER.indexOf((inTime ? 'T' : '') + x[1]) >= DURATION_ORDER.indexOf(y[1] + y[3])) return null;
  const value = `${a.partial.value}${y[1] && !inTime ? 'T' : ''}${y[2]}${y[3]}`;
  return { start: a.start, end: b.end, rule: a.rule, mod: a.mod, type: 'DURATION', partial: { kind: 'literal', value } };
}

/**
 * Refiner: join candidates that are parts of one expression ("Friday, Oct. 23", "9 a.m. Tuesday", "two years and six
 * months"), then let those said together share what only one of them says (see `borrowFromNext`).
 */
export function mergeAdjacent(text: string, candidates: Candidate[]): Candidate[] {
  const merged: Candidate[] = [];
  for (const c of candidates) {
    const previous = merged[merged.length - 1];
    const gap = previous ? text.slice(previous.end, c.start) : '';
    const joined = !previous ? null : (JOINER.test(gap) ? merge(previous, c) : null) ?? (DURATION_JOINER.test(gap) ? joinDurations(previous, c) : null);
    if (joined) merged[merged.length - 1] = joined;
    else merged.push(c);
  }
  // After the joins, so that the day is whole ("Tuesday, March 19", not "Tuesday"); from the right, so that
  // a range or list passes what its last member says back to the first.
  for (let i = merged.length - 2; i >= 0; i--) merged[i] = borrowFromNext(merged[i], merged[i + 1], text.slice(merged[i].end, merged[i + 1].start));
  for (let i = 1; i < merged.length; i++) merged[i] = gmtAcrossMidnight(merged[i - 1], merged[i], text.slice(merged[i - 1].end, merged[i].start));
  return merged;
}

const minutesOf = (p: Partial) => ('time' in p ? clockMinutes(p.time) : undefined);
const DAY_MINUTES = 24 * 60;

/**
 * "7 p.m. EST (0000 GMT)": a wire clock restating a local one in a bracket is the next day's when the zone's offset
 * (taken as the one within 12 hours that the two clocks differ by) carries it past midnight, the day before when back.
 */
function gmtAcrossMidnight(local: Candidate, gmt: Candidate, gap: string): Candidate {
  if (gmt.rule !== 'zoned-clock' || !RESTATED.test(gap) || !isBareTime(gmt.partial)) return gmt;
  const [l, g] = [minutesOf(local.partial), minutesOf(gmt.partial)];
  if (l === undefined || g === undefined) return gmt;
  const offset = ((((g - l) % DAY_MINUTES) + DAY_MINUTES + DAY_MINUTES / 2) % DAY_MINUTES) - DAY_MINUTES / 2;
  const days = Math.floor((l + offset) / DAY_MINUTES);
  return days === 0 ? gmt : { ...gmt, partial: { ...gmt.partial, amount: days } as Partial };
}
