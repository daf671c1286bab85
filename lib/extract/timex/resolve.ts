/**
 * Stage 3: turn a partial value into a TIMEX3 value, given the publication date (DCT), the date the
 * narrative is at, and the tense of the governing verb. Without an anchor, unknown parts stay `X`.
 */
import { addUnits, clockMinutes, day, formatDay, formatUnit, formatYear, pad, UNKNOWN } from './calendar';
import { holidayDate } from './holidays';
import type { Direction, Partial, Unit } from './partial';

export interface Anchors {
  dct: Date | null;
  /** The last date the text mentioned and how precisely, for "the following day", "that month", "a year earlier". */
  narrative: { date: Date; unit: Unit; time?: string } | null;
  /**
   * A history rather than news: most years it names lie well before the DCT. Dates without a year
   * ("on 28 June") then belong to the year the story is at, not to the publication year.
   */
  historical?: boolean;
  /**
   * The story's year was named earlier in the clause being resolved ("in 2020 the state was not called until Nov. 7"):
   * a date there without a year is in that year, in the news too.
   */
  yearInClause?: boolean;
}

/** Units from finest to coarsest, to compare precision. */
const PRECISION: Unit[] = ['minute', 'hour', 'day', 'week', 'weekend', 'month', 'quarter', 'half', 'season', 'year', 'decade', 'century'];
const finer = (a: Unit, b: Unit) => PRECISION.indexOf(a) < PRECISION.indexOf(b);

const SEASON_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };

/** The governing verb's tense, asked for only when the words leave the side of the anchor open (it costs a scan). */
export type TenseCue = () => Direction | undefined;

export function resolvePartial(partial: Partial, anchors: Anchors, tense: TenseCue): string {
  switch (partial.kind) {
    case 'literal':
      return partial.value;
    case 'offset':
      return resolveOffset(partial, anchorsForTense(partial, anchors, tense));
    case 'report-period': {
      const current = anchors.narrative?.unit === 'quarter' ? anchors.narrative.date : anchors.dct && addUnits(anchors.dct, 'quarter', -1);
      const quarter = current && partial.quarter ? latestQuarter(partial.quarter, current) : current;
      if (!quarter) return partial.year === undefined ? UNKNOWN.quarter : `${pad(partial.year, 4)}-QX`;
      const shifted = addUnits(quarter, 'year', partial.year === undefined ? -partial.yearsBack : partial.year - quarter.getUTCFullYear());
      return formatUnit(shifted, 'quarter');
    }
    case 'story-time':
      return anchors.narrative ? formatUnit(anchors.narrative.date, anchors.narrative.unit) + (anchors.narrative.time ?? '') : tense() === 1 ? 'FUTURE_REF' : 'PAST_REF';
    case 'weekday':
      if (partial.weekend) return resolveWeekend(partial.direction, anchors.dct, tense);
      if (anchors.historical && !partial.direction && anchors.narrative?.unit === 'day') {
        return formatUnit(nearestWeekday(partial.weekday, anchors.narrative.date), 'day') + (partial.time ?? '');
      }
      // "He died on a Thursday" in a history at a year or month: a Thursday of that year, never one near the DCT.
      if (anchors.historical && !partial.direction && anchors.narrative && finer('day', anchors.narrative.unit)) {
        return `${formatYear(anchors.narrative.date.getUTCFullYear())}-WXX-${partial.weekday === 0 ? 7 : partial.weekday}${partial.time ?? ''}`;
      }
      return resolveWeekday(partial.weekday, partial.direction, weekdayAnchor(partial, anchors), tense) + (partial.time ?? '');
    case 'calendar': {
      if (partial.day !== undefined && partial.month === undefined) return resolveDayOfMonth(partial.day, anchors) + (partial.time ?? '');
      // "In summer the pass is open": a bare season told in the present is every summer (TimeML's XXXX-SU); so is a
      // date in a habit ("usually freezes by Nov. 1", see mark-habitual.ts).
      if (partial.anyYear && tense() === undefined) return resolveCalendar(partial, null, tense);
      if (partial.storyYearShift !== undefined) {
        const at = anchors.narrative?.date ?? anchors.dct;
        return resolveCalendar({ ...partial, year: at ? at.getUTCFullYear() + partial.storyYearShift : undefined }, anchors.dct, tense);
      }
      const year = partial.year === undefined && partial.yearShift === undefined ? storyYear(partial, anchors, tense) : undefined;
      return resolveCalendar(year === undefined ? partial : { ...partial, year }, anchors.dct, tense);
    }
    case 'season-of-play':
      return anchors.dct ? formatYear(seasonOfPlayStart(anchors.dct) + partial.shift) : UNKNOWN.year;
    case 'holiday': {
      const year = partial.year === undefined ? storyYear(holidayStart(partial.name, anchors), anchors, tense) : undefined;
      return resolveHoliday(year === undefined ? partial : { ...partial, year }, anchors.dct, tense);
    }
  }
}

/**
 * The year the season of play under way at `dct` began. Most seasons that cross the turn of a year (football,
 * basketball, hockey) end by May; from June the summer's sports (cricket, baseball) and the autumn's new seasons
 * are the DCT's year.
 */
function seasonOfPlayStart(dct: Date): number {
  return dct.getUTCFullYear() - (dct.getUTCMonth() < 5 ? 1 : 0);
}

/** Where in its year a date without one begins: month and day. */
function startInYear(c: { month?: number; day?: number; quarter?: number; half?: number; season?: string }): [number, number] {
  const month = c.month ?? (c.quarter ? c.quarter * 3 - 2 : c.half ? c.half * 6 - 5 : c.season ? SEASON_MONTHS[c.season][0] : 1);
  return [month, c.day ?? 1];
}

function holidayStart(name: string, { narrative }: Anchors): { month: number; day: number } {
  const date = holidayDate(name, narrative?.date.getUTCFullYear() ?? 2000);
  return { month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * The year a date without one has in a history: the year the story is at, or the next one when the
 * date falls before the day or month the story has reached, since a history tells its events in order
 * ("On 7 December 1941 ... In January" is January 1942). A plan ("a summit set for April") is the
 * DCT's, as in the news. In the news only "that June", "that summer" take the story's year ("in 2008 ... that June").
 */
function storyYear(c: { month?: number; day?: number; quarter?: number; half?: number; season?: string; direction?: Direction; inStory?: boolean }, anchors: Anchors, tense: TenseCue): number | undefined {
  const { narrative, historical } = anchors;
  if (!narrative || !(historical || c.inStory || anchors.yearInClause)) return undefined;
  const year = narrative.date.getUTCFullYear();
  if (tense() === 1) return undefined;
  const { direction } = c;
  // "the following spring" after a story at a whole year is the spring of the year after, "the previous spring" the one before.
  if (!['day', 'month', 'season', 'quarter', 'half'].includes(narrative.unit)) return year + (direction ?? 0);
  const [month, date] = startInYear(c);
  const [atMonth, atDate] = [narrative.date.getUTCMonth() + 1, narrative.unit === 'day' ? narrative.date.getUTCDate() : 1];
  // "the previous autumn" is the last one begun before the story's point: this year's if it begins earlier in it.
  if (direction === -1) return month < atMonth || (month === atMonth && c.day !== undefined && date < atDate) ? year : year - 1;
  const before = month < atMonth || (month === atMonth && (direction === 1 || (c.day !== undefined && date < atDate)));
  if (!before || direction === 1) return before ? year + 1 : year;
  // A date that ends just before the story's point looks back a little within its year, rather than on to the next.
  // Not a season from a season: each ends where the next begins, so "by late summer ... in early spring" moves on.
  if (c.season && narrative.unit === 'season') return year + 1;
  const end = c.day !== undefined ? day(year, month, c.day) : day(year, endMonthInYear(c) + 1, 0);
  return narrative.date.getTime() - end.getTime() <= LOOK_BACK ? year : year + 1;
}

/**
 * How far before the story's point a date may end and still be in its year: "That winter was the worst. In
 * November ...", "In December ... the road, which opened on 22 November". A month or more back is the next year's.
 */
const LOOK_BACK = 30 * 86_400_000;

/** The month a date without a year ends in, counted from January of its year (a winter ends in month 14). */
function endMonthInYear(c: { month?: number; quarter?: number; half?: number; season?: string }): number {
  return c.month ?? (c.quarter ? c.quarter * 3 : c.half ? c.half * 6 : c.season ? SEASON_MONTHS[c.season][1] : 12);
}

/**
 * "On the 14th": that day of the month the story is at, or of the next month when the story is past it (a story
 * tells its days in order); in the news, without a story at a month, of the DCT's month.
 */
function resolveDayOfMonth(date: number, { dct, narrative }: Anchors): string {
  const story = narrative && ['day', 'month'].includes(narrative.unit) ? narrative : null;
  const inMonth = story?.date ?? dct;
  if (!inMonth) return `XXXX-XX-${pad(date)}`;
  const passed = story?.unit === 'day' && date < story.date.getUTCDate();
  const month = addUnits(day(inMonth.getUTCFullYear(), inMonth.getUTCMonth() + 1, 1), 'month', passed ? 1 : 0);
  return formatDay(day(month.getUTCFullYear(), month.getUTCMonth() + 1, date));
}

/** The start of the latest quarter number `n` that begins no later than `current`. */
function latestQuarter(n: number, current: Date): Date {
  const year = current.getUTCFullYear() - (n * 3 - 2 > current.getUTCMonth() + 1 ? 1 : 0);
  return day(year, n * 3 - 2, 1);
}

/**
 * "... could fall by Wednesday night. At 4 a.m., the center said": what a past verb tells cannot be on a day still
 * ahead of the DCT, so a story that has looked ahead gives no anchor to it; the DCT does. Likewise what a future verb
 * tells of "the decade" cannot be in a history's past: "a project that will take until the end of the decade".
 */
function anchorsForTense(partial: Extract<Partial, { kind: 'offset' }>, anchors: Anchors, tense: TenseCue): Anchors {
  const { dct, narrative } = anchors;
  const ahead = partial.from === 'narrative' && dct && narrative && narrative.date > dct;
  if (ahead && tense() === -1) return { ...anchors, narrative: null };
  // A quotation's future is its speaker's: "'We go tomorrow,' he said" in a history is still the story's.
  const behind = partial.from === 'story' && !partial.quoted && dct && narrative && narrative.date < dct;
  return behind && tense() === 1 ? { ...anchors, narrative: null } : anchors;
}

/** Units a history counts in whole: "two years later", "four months later" name the year or month, not a day in it. */
const COUNTED_WHOLE: Unit[] = ['year', 'month'];

/**
 * So many units from the DCT or from the date the story is at. A shift from the story's date keeps
 * that date's precision ("a year earlier" than a day is a day), and a year back from a quarter under
 * discussion is that quarter a year before ("up from $10 million a year ago" in a quarterly report).
 */
function resolveOffset(partial: Extract<Partial, { kind: 'offset' }>, { dct, narrative, historical }: Anchors): string {
  // "Today the ruins lie in a suburb": a history speaks of its own day only as the present age.
  if (partial.nowadays && historical) return 'PRESENT_REF';
  const onClock = laterOnClock(partial, narrative);
  if (onClock) return onClock;
  const time = partial.unit === 'day' ? (partial.time ?? '') : '';
  if (partial.keepPrecision && partial.unit === 'year' && narrative?.unit === 'quarter') return formatUnit(addUnits(narrative.date, 'year', partial.amount), 'quarter');
  // "the year", "the end of the month": in a history the one the story is in, in the news the DCT's.
  // A quotation in a history speaks from the story's day even when the story knows only its year ("tomorrow" -> 1944-XX-XX).
  const from = partial.from === 'story' ? (historical && narrative && (partial.quoted || !finer(partial.unit, narrative.unit)) ? 'narrative' : 'dct') : partial.from;
  // A day counted from a story that is only at a year ("in 1998 ... at 10 p.m.") is better taken from the
  // DCT in the news; in a history the year is known and the rest is not ("that night", "three weeks
  // later" -> 1916-XX-XX, 1945-WXX), though enough of them make another year ("30 months later" than 1952 -> 1954-XX).
  if (from === 'narrative' && narrative && historical && finer(partial.unit, narrative.unit)) {
    const shifted = addUnits(narrative.date, partial.unit, partial.amount);
    // Minutes and hours on from a day with no clock time still fall on that day: "about 40 minutes later" -> 1755-11-01.
    if (narrative.unit === 'day') return formatDay(shifted);
    return formatUnit(shifted, 'year') + UNKNOWN[partial.unit].slice(4) + time;
  }
  // "eased on Monday and overnight", "will ease on Saturday, then clear overnight": a night told after another day than
  // the DCT's follows it; seen from the DCT's own day it is the night just past.
  if (partial.nightAfterDay && narrative?.unit === 'day' && dct && formatDay(narrative.date) !== formatDay(dct)) return formatDay(narrative.date) + time;
  // "stolen the previous evening ... reversed through the window at 2.52am": the small hours after an evening or night are the next day's.
  if (from === 'narrative' && narrative?.unit === 'day' && /^T(?:EV|NI)$/.test(narrative.time ?? '') && SMALL_HOURS.test(time) && partial.amount === 0) {
    return formatDay(addUnits(narrative.date, 'day', 1)) + time;
  }
  if (from === 'narrative' && narrative && (partial.keepPrecision || !finer(partial.unit, narrative.unit))) {
    // A season is no precision to keep: "three years later" than the autumn of 1891 is 1894. Nor, in a history, is a
    // day or month for years, or a day for months: "three years later" than 21 October 1879 is 1882, and "on 4
    // September" then falls in 1882; "a month later" than 9 August 1910 is 1910-09 (the story stays at a day, see
    // tag-timexes.ts).
    // (A report's "a year earlier" compares like periods, so in the news it keeps the quarter or day.)
    const keep = partial.keepPrecision && narrative.unit !== 'season' && !(historical && COUNTED_WHOLE.includes(partial.unit));
    const unit = keep && finer(narrative.unit, partial.unit) ? narrative.unit : partial.unit;
    return formatUnit(addUnits(narrative.date, partial.unit, partial.amount), unit) + time;
  }
  if (!dct) return UNKNOWN[partial.unit] + (partial.time ?? '');
  return formatUnit(addUnits(dct, partial.unit, partial.amount), partial.unit) + time;
}

const SMALL_HOURS = /^T0[0-5]:\d{2}$/;

/** "At 9.30 p.m. ... Two hours later": hours and minutes counted from the clock time the story is at give a clock time too. */
function laterOnClock(partial: Extract<Partial, { kind: 'offset' }>, narrative: Anchors['narrative']): string | undefined {
  const clock = clockMinutes(narrative?.time);
  if (clock === undefined || partial.from !== 'narrative' || (partial.unit !== 'hour' && partial.unit !== 'minute')) return undefined;
  const minutes = clock + partial.amount * (partial.unit === 'hour' ? 60 : 1);
  const at = new Date(narrative!.date.getTime() + minutes * 60_000);
  return `${formatDay(at)}T${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}`;
}

/**
 * "the previous Friday" counts from the day the story is at, when it is at one; else, as "last Friday", from the DCT.
 * In a history every weekday is the story's: "Two days later, on Friday" is the Friday of that week, not the DCT's.
 */
function weekdayAnchor(partial: Extract<Partial, { kind: 'weekday' }>, { dct, narrative, historical }: Anchors): Date | null {
  return (partial.from === 'narrative' || historical) && narrative?.unit === 'day' ? narrative.date : dct;
}

/**
 * "Friday" in a news story is the nearest Friday on the side the verb points to (past if it says
 * nothing: news reports what happened); "last Friday" and "next Friday" exclude the day itself.
 */
function resolveWeekday(weekday: number, direction: Direction | undefined, dct: Date | null, tense: TenseCue): string {
  if (!dct) return 'XXXX-XX-XX';
  const towards = direction || tense() || -1;
  const diff = (weekday - dct.getUTCDay() + 7) % 7;
  let shift = towards > 0 ? diff : diff === 0 ? 0 : diff - 7;
  if (direction && shift === 0) shift = 7 * direction;
  return formatUnit(addUnits(dct, 'day', shift), 'day');
}

/**
 * A bare weekday in a history is the one in the week around the day the story is at, nearest first and on or
 * after it when two are as near: the verb is past throughout a history, so it tells no side.
 */
function nearestWeekday(weekday: number, at: Date): Date {
  const diff = (weekday - at.getUTCDay() + 7) % 7;
  return addUnits(at, 'day', diff <= 3 ? diff : diff - 7);
}

/** A holiday in its stated year, or the occurrence nearest the DCT on the side the words or the verb point to. */
function resolveHoliday(h: Extract<Partial, { kind: 'holiday' }>, dct: Date | null, tense: TenseCue): string {
  if (h.year !== undefined) return formatDay(holidayDate(h.name, h.year));
  if (!dct) return 'XXXX-XX-XX';
  const y = dct.getUTCFullYear();
  const [previous, current, next] = [y - 1, y, y + 1].map((year) => holidayDate(h.name, year));
  const towards = h.direction || tense();
  if (towards === -1) return formatDay(current <= dct ? current : previous);
  if (towards === 1) return formatDay(current >= dct ? current : next);
  return formatDay(current);
}

/** "the weekend": the one just past for a past verb (or none), the coming one for a future verb. */
function resolveWeekend(direction: Direction | undefined, dct: Date | null, tense: TenseCue): string {
  if (!dct) return UNKNOWN.weekend;
  const saturday = resolveWeekday(6, direction, dct, tense);
  const [y, m, d] = saturday.split('-').map(Number);
  return formatUnit(day(y, m, d), 'weekend');
}

type Calendar = Extract<Partial, { kind: 'calendar' }>;

function resolveCalendar(c: Calendar, dct: Date | null, tense: TenseCue): string {
  const year = c.year ?? (dct ? (c.yearShift !== undefined ? dct.getUTCFullYear() + c.yearShift : inferYear(c, dct, tense)) : undefined);
  const y = year === undefined ? 'XXXX' : formatYear(year);
  if (c.quarter) return `${y}-Q${c.quarter}`;
  if (c.half) return `${y}-H${c.half}`;
  if (c.season) return `${y}-${c.season}`;
  if (c.month === undefined) return y;
  if (c.day === undefined) return `${y}-${pad(c.month)}`;
  if (c.week) return year === undefined ? UNKNOWN.week : formatUnit(day(year, c.month, c.day), 'week');
  return `${y}-${pad(c.month)}-${pad(c.day)}${c.time ?? ''}`;
}

const FAR = 90 * 86_400_000;

/** How far after `dct` (in ms) a month, and day if given (else mid-month), falls in `year`. */
const distanceFrom = (dct: Date, year: number, c: Calendar) => day(year, c.month!, c.day ?? 15).getTime() - dct.getTime();

/** The year a date without one most likely means, seen from the publication date. */
function inferYear(c: Calendar, dct: Date, tense: TenseCue): number {
  const dctYear = dct.getUTCFullYear();
  const dctMonth = dct.getUTCMonth() + 1;
  // A whole month the verb puts ahead ("will fly in December" in March) cannot be one gone by, however close.
  // (A past verb is a weaker cue: "-ed" words are often adjectives, so near the DCT closeness still wins for it.)
  if (c.month !== undefined && c.day === undefined && c.direction === undefined && tense() === 1) return c.month >= dctMonth ? dctYear : dctYear + 1;
  if (c.month !== undefined && c.direction === undefined) {
    // The closest such day (or mid-month) to the DCT, as chrono's findYearClosestToRef, unless the verb puts it on the other side.
    const candidates = [dctYear - 1, dctYear, dctYear + 1];
    const closest = candidates.reduce((best, y) => (Math.abs(distanceFrom(dct, y, c)) < Math.abs(distanceFrom(dct, best, c)) ? y : best));
    // Only a date well away from the DCT is worth moving: near it, the verb is a weaker cue than closeness.
    if (distanceFrom(dct, closest, c) > FAR && tense() !== 1) return closest - 1;
    if (distanceFrom(dct, closest, c) < -FAR && tense() === 1) return closest + 1;
    return closest;
  }
  // A quarter or half without a year is the latest one begun: reports look back on it, whatever the verb. One "of the year" is this year's.
  const direction = c.quarter || c.half ? (c.direction ?? -1) : c.direction || tense();
  const [first, last] = c.month !== undefined ? [c.month, c.month] : c.quarter ? [c.quarter * 3 - 2, c.quarter * 3] : c.half ? [c.half * 6 - 5, c.half * 6] : c.season ? SEASON_MONTHS[c.season] : [1, 12];
  // "this winter" is the one under way, or else the one of the DCT's year, whatever the verb: in October the coming
  // one, in February the one begun the December before.
  if (c.direction === 0) return last > 12 && dctMonth <= last - 12 ? dctYear - 1 : dctYear;
  if (c.direction === -1) return last < dctMonth ? dctYear : dctYear - 1;
  if (c.direction === 1) return first > dctMonth ? dctYear : dctYear + 1;
  if (direction === -1 && first > dctMonth) return dctYear - 1;
  if (direction === 1 && last < dctMonth) return dctYear + 1;
  return dctYear;
}
