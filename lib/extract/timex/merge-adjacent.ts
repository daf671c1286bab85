import type { Candidate, Partial } from './partial';

/** What may stand between two parts of one expression: a comma, a time zone, "on", "of". */
const JOINER = /^,?\s+(?:(?:[A-Z]{2,4}|on|of)\s+)?$/;

type Calendar = Extract<Partial, { kind: 'calendar' }>;
const isCalendar = (p: Partial): p is Calendar => p.kind === 'calendar';
const hasDay = (p: Partial) => isCalendar(p) && p.day !== undefined;
/** A clock time chrono found without a date ("9 a.m."). */
const isBareTime = (p: Partial) => p.kind === 'offset' && p.amount === 0 && p.time !== undefined && p.unit === 'day' && p.from === 'narrative';
const isYear = (p: Partial) => p.kind === 'literal' && /^\d{4}$/.test(p.value);

/** The single expression two adjacent candidates make, or `null` if they stay apart. */
function merge(a: Candidate, b: Candidate): Candidate | null {
  const span = { start: a.start, end: b.end, rule: a.rule, mod: a.mod ?? b.mod };
  // "Friday, Oct. 23", "Good Friday, 14 April 1865": the date says it all; the weekday or holiday only confirms it.
  if ((a.partial.kind === 'weekday' || a.partial.kind === 'holiday') && hasDay(b.partial)) return { ...span, type: b.type, partial: b.partial };
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
  if (isBareTime(a.partial) && (b.partial.kind === 'weekday' || hasDay(b.partial) || (b.partial.kind === 'offset' && b.partial.unit === 'day' && !b.partial.time))) {
    return { ...span, type: 'TIME', partial: { ...b.partial, time: (a.partial as { time: string }).time } as Partial };
  }
  return null;
}

/** What joins the parts of one length of time: "63 years and seven months", "two hours, 30 minutes". */
const DURATION_JOINER = /^(?:,?\s+and|,)\s+$/;
/** Duration units from largest to smallest, days before time: a compound names each once, in this order. */
const DURATION_ORDER = ['Y', 'M', 'W', 'D', 'TH', 'TM', 'TS'];
const SIMPLE_DURATION = /^P(T?)(\d+)([YMWDHS])$/;

/** "63 years and seven months" -> `P63Y7M`, "two hours and 30 minutes" -> `PT2H30M`: one duration, larger unit first. */
function joinDurations(a: Candidate, b: Candidate): Candidate | null {
  if (a.type !== 'DURATION' || b.type !== 'DURATION' || a.partial.kind !== 'literal' || b.partial.kind !== 'literal') return null;
  const [x, y] = [SIMPLE_DURATION.exec(a.partial.value), SIMPLE_DURATION.exec(b.partial.value)];
  if (!x || !y || DURATION_ORDER.indexOf(x[1] + x[3]) >= DURATION_ORDER.indexOf(y[1] + y[3])) return null;
  const value = `P${x[1]}${x[2]}${x[3]}${y[1] && !x[1] ? 'T' : ''}${y[2]}${y[3]}`;
  return { start: a.start, end: b.end, rule: a.rule, mod: a.mod, type: 'DURATION', partial: { kind: 'literal', value } };
}

/** Refiner: join candidates that are parts of one expression ("Friday, Oct. 23", "9 a.m. Tuesday", "two years and six months"). */
export function mergeAdjacent(text: string, candidates: Candidate[]): Candidate[] {
  const merged: Candidate[] = [];
  for (const c of candidates) {
    const previous = merged[merged.length - 1];
    const gap = previous ? text.slice(previous.end, c.start) : '';
    const joined = !previous ? null : (JOINER.test(gap) ? merge(previous, c) : null) ?? (DURATION_JOINER.test(gap) ? joinDurations(previous, c) : null);
    if (joined) merged[merged.length - 1] = joined;
    else merged.push(c);
  }
  return merged;
}
