/**
 * The temporal tagger: every TIMEX3 expression in a text, with TimeML extents and values.
 * Stages (HeidelTime's split, chrono's shape): tag candidates with rules and chrono -> refine
 * (modifiers, overlaps) -> resolve partial values against the DCT, the narrative and the tense.
 */
import type { Dct } from '../model';
import { attachModifiers } from './timex/attach-modifiers';
import { attachTrailingModifiers } from './timex/attach-trailing-modifiers';
import { addUnits, day, formatDay, parseDay } from './timex/calendar';
import { chronoCandidates } from './timex/chrono-dates';
import { dropAdjectiveDeterminer } from './timex/drop-adjective-determiner';
import { dropQuotedTitles } from './timex/drop-quoted-titles';
import { mergeAdjacent } from './timex/merge-adjacent';
import { RULES } from './timex/configuration';
import { monthRule } from './timex/rules/month';
import { inferDct } from './timex/infer-dct';
import { markHabitual } from './timex/mark-habitual';
import type { Candidate, Direction } from './timex/partial';
import { removeOverlaps } from './timex/remove-overlaps';
import { type Anchors, resolvePartial } from './timex/resolve';
import { runRule } from './timex/rule';
import { triggerScanner } from './timex/tokens';
import { lazyTense, tenseAround } from './timex/tense';
import type { TagOptions, TagResult, Timex } from './types';

const PRIORITY = new Map<string, number>([['chrono', -1], ...RULES.map((r, i) => [r.name, i] as [string, number])]);
const priority = (c: Candidate) => PRIORITY.get(c.rule) ?? RULES.length;
const findTriggers = triggerScanner(RULES);
/** The month rule wakes on every month name: where chrono's windows open too. */
const MONTH_RULE = RULES.indexOf(monthRule);

/** Stages 1 and 2: candidate expressions with TimeML extents and partial values, sorted by start. */
export function findCandidates(text: string): Candidate[] {
  const triggers = findTriggers(text);
  const found = chronoCandidates(text, triggers.offsets(MONTH_RULE));
  RULES.forEach((rule, i) => found.push(...runRule(rule, text, triggers.offsets(i))));
  const refined = dropAdjectiveDeterminer(text, attachTrailingModifiers(text, attachModifiers(text, removeOverlaps(found, priority))));
  return markHabitual(text, mergeAdjacent(text, dropQuotedTitles(text, removeOverlaps(refined, priority))));
}

function dctFor(text: string, candidates: Candidate[], given: string | undefined): Dct {
  if (given !== undefined) {
    if (!parseDay(given)) throw new RangeError(`dct must be a calendar day YYYY-MM-DD, got ${JSON.stringify(given).slice(0, 40)}`);
    return { value: given, source: 'given', reason: 'given by the caller' };
  }
  return inferDct(text, candidates);
}

/** The month each TIMEX3 season begins in; winter is the one that begins in December of its year. */
const SEASON_STARTS: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** A calendar value as the narrative's new reference point: its first day and its precision. */
function narrativePoint(value: string): Anchors['narrative'] {
  // "In the 1640s ... the following decade": a decade or century of our era is a point the story can be at too.
  const period = /^(\d{2,3})$/.exec(value);
  if (period) return period[1].length === 3 ? { date: day(Number(period[1]) * 10, 1, 1), unit: 'decade' } : { date: day(Number(period[1]) * 100, 1, 1), unit: 'century' };
  const m = /^(BC)?(\d{4})(?:-(?:(\d{2})(?:-(\d{2})(T\d{2}:\d{2}$|TEV$|TNI$)?)?|Q([1-4])|W(\d{2})|(SP|SU|FA|WI)))?/.exec(value);
  if (!m) return null;
  const [, bc, year, month, date, time, quarter, week, season] = m;
  if (week) return null;
  // Our own values, so the parts are in range; a year before Christ is negative, as formatYear reads it.
  const first = month ? Number(month) : quarter ? Number(quarter) * 3 - 2 : season ? SEASON_STARTS[season] : 1;
  const start = day((bc ? -1 : 1) * Number(year), first, date ? Number(date) : 1);
  const point: Anchors['narrative'] = { date: start, unit: date ? 'day' : month ? 'month' : quarter ? 'quarter' : season ? 'season' : 'year' };
  // The clock time too, for "Two hours later", and an evening or night, for the small hours after it; the story is still at the day.
  return time ? { ...point, time } : point;
}

/**
 * "December 7 of that year": naming the year the story is in does not blur the day it is at; nor does naming the day
 * drop the clock time told just before it ("at 9 p.m. on 2 June").
 */
function containsNarrative(value: string, narrative: Anchors['narrative']): boolean {
  if (!narrative) return false;
  const at = formatDay(narrative.date);
  return value.length <= at.length && at.startsWith(value);
}

/**
 * Whether an expression moves the story's reference date. Comparisons back from it ("a year earlier",
 * "the year-ago quarter", "the 1988 period") do not: the story stays where it was, and in a history neither
 * does a look back to a season or month before it ("The previous autumn, barges had ..."). "Two days later" does
 * move it on, and so does the period a report is about ("in the latest quarter ... from $99 million a year earlier").
 */
function movesNarrative(p: Candidate['partial'], historical: boolean | undefined): boolean {
  if (p.kind === 'report-period') return p.yearsBack === 0 && p.year === undefined;
  if (p.kind === 'calendar') return !(historical && p.direction === -1 && p.year === undefined);
  // What a quotation's speaker looks to ("'We cross tomorrow,' he wrote") is not where the story has got to.
  if (p.kind === 'offset' && p.quoted) return false;
  return !(p.kind === 'offset' && p.keepPrecision && p.amount < 0);
}

/** "7 p.m. EST (0000 GMT)": the wire clock in a bracket restates the local one, and the story stays at the local day. */
const restatedClock = (c: Candidate, text: string) => c.rule === 'zoned-clock' && /\(\s*$/.test(text.slice(Math.max(0, c.start - 3), c.start));

/** "the quarter ended Sept. 30": the day dates the quarter, and the story stays at the quarter, not that day. */
const PERIOD_END = /\b(?:quarter|period)\s+(?:ended|ending|that\s+ended)\s+(?:on\s+)?$/i;
/** "After a flat second quarter", "since the first quarter": a quarter that bounds another's figures. */
const BOUND = /\b(?:after|before|since)\s+(?:an?\s+\w+\s+|the\s+)?$/i;

/**
 * Whether a quarter a report names is not the period its figures are for: one it announces ("will result in a
 * fourth-quarter charge") or one it measures from ("after a flat second quarter"). Days and years after
 * "after" do move a story on ("After June 6, ..."); a report's quarter is what "a year earlier" counts from.
 */
function asideQuarter(text: string, start: number, tense: () => Direction | undefined): boolean {
  return BOUND.test(text.slice(Math.max(0, start - 24), start)) || tense() === 1;
}

/** Where a date puts the story, if anywhere: not at a quarter a report names aside, nor at the day that ends a quarter. */
/** A past perfect earlier in the clause: "The king had ordered her in 1625". */
const PAST_PERFECT_BEFORE = /\bhad\s+(?:\w+ly\s+)?(?!been\b)\w+(?:ed|en|wn|ght|lt|nt)\b[^.;!?]*$/i;

/**
 * "She sank on 10 August 1628. The king had ordered her in 1625 ... On that Sunday afternoon": a year told in the past
 * perfect looks back from the day the story is at, which stays the story's point.
 */
function flashback(point: NonNullable<Anchors['narrative']>, { narrative, historical }: Anchors, text: string, start: number): boolean {
  return !!historical && narrative?.unit === 'day' && point.unit === 'year' && point.date < narrative.date && PAST_PERFECT_BEFORE.test(text.slice(Math.max(0, start - 60), start));
}

function storyPoint(value: string, text: string, start: number, tense: () => Direction | undefined, anchors: Anchors): Anchors['narrative'] {
  const point = narrativePoint(value);
  if (!point || PERIOD_END.test(text.slice(Math.max(0, start - 30), start)) || flashback(point, anchors, text, start)) return null;
  return point.unit === 'quarter' && asideQuarter(text, start, tense) ? null : point;
}

/**
 * "A month later" than a day is told as a month in a history (resolve.ts), but the story is at the day a month on:
 * "On 28 June ... A month later ... Two days later" is 30 July.
 */
function monthsAfterDay(p: Candidate['partial'], { narrative, historical }: Anchors): Anchors['narrative'] {
  if (!historical || narrative?.unit !== 'day' || p.kind !== 'offset' || p.from !== 'narrative' || p.unit !== 'month' || !p.keepPrecision) return null;
  return { date: addUnits(narrative.date, 'month', p.amount), unit: 'day' };
}

/** "the nine months", "the first six months": the part of its year a report is at, so "a year earlier" is the year before. */
const PART_OF_YEAR = /^P(?:[2-9]|1[01])M$/;
const DEFINITE = /^the\s/i;
function yearSoFar({ dct, narrative, historical }: Anchors): Anchors['narrative'] {
  // In the news a bare year the story mentioned ("joined in 1985") is background: the report's year is its quarter's, or the DCT's.
  const at = narrative && (narrative.unit !== 'year' || historical) ? narrative.date : (dct ?? narrative?.date);
  return at ? { date: day(at.getUTCFullYear(), 1, 1), unit: 'year' } : narrative;
}

/** A text is a history when at least HISTORY_MIN_YEARS years are stated and HISTORY_SHARE of them lie HISTORY_GAP years or more before the DCT. */
const HISTORY_GAP = 3;
const HISTORY_MIN_YEARS = 3;
const HISTORY_SHARE = 0.8;
/**
 * Two years suffice when both lie a generation back: a campaign history may state only the years it opens and ends
 * in, with every day between given without one; news that recalls two years ("founded in 2009, listed in 2015")
 * mostly recalls recent ones. One year suffices when the text opens on it ("In March 1917 the tsar abdicated"): news
 * opens on its own day, a history on its first date.
 */
const GENERATION = 25;
/** Expressions counted from the DCT ("Sunday", "last month", "two days ago") that make a text news, not a history. */
const NEWS_DEICTICS = 2;

/**
 * Whether an expression speaks from the DCT's own day. A bare "today" told in the present ("Today the mausoleum is a
 * museum") is the present age a history ends on, not the day of a report ("Today the company said").
 */
function fromToday(c: Candidate, text: string): boolean {
  if (c.partial.kind === 'weekday') return c.partial.from !== 'narrative';
  if (c.partial.kind !== 'offset' || c.partial.from !== 'dct') return false;
  return !c.partial.nowadays || tenseAround(text, c.start, c.end) === -1;
}

/** The year a candidate states, if it states one. */
function yearOf(c: Candidate): number | undefined {
  if (c.partial.kind === 'literal' && /^\d{4}$/.test(c.partial.value)) return Number(c.partial.value);
  // "Good Friday 1916" states its year as "21 April 1916" does.
  if (c.partial.kind === 'calendar' || c.partial.kind === 'holiday') return c.partial.year;
  return undefined;
}

/** Whether most of the years the text states lie well before the DCT and it hardly speaks from its own day, or there is no DCT at all. */
function isHistorical(text: string, candidates: Candidate[], dct: Date | null): boolean {
  const years = candidates.map(yearOf).filter((y) => y !== undefined);
  // Without a DCT the story's own dates are the only anchor there is.
  if (!dct) return true;
  const generationAgo = dct.getUTCFullYear() - GENERATION;
  const opensInThePast = years.length > 0 && candidates[0] && yearOf(candidates[0]) === years[0] && years.every((y) => y <= generationAgo);
  if (years.length < HISTORY_MIN_YEARS && !(years.length === 2 && years.every((y) => y <= generationAgo)) && !opensInThePast) return false;
  // News speaks from its own day ("on Sunday", "late last month") however many old years it recalls; a history rarely does.
  if (candidates.filter((c) => fromToday(c, text)).length >= NEWS_DEICTICS) return false;
  const old = years.filter((y) => y <= dct.getUTCFullYear() - HISTORY_GAP).length;
  return old >= HISTORY_SHARE * years.length;
}

const CLOCK_VALUE = /T\d{2}:\d{2}$/;
/** What ends the clause a year was named in: "Sales fell in 2023, the company said on Jan. 15" dates the saying apart. */
const CLAUSE_BREAK = /[,.;:!?\n]/;

export function tagTimexes(text: string, options: TagOptions = {}): TagResult {
  if (typeof text !== 'string') throw new TypeError('text must be a string');
  const candidates = findCandidates(text);
  const dct = dctFor(text, candidates, options.dct);
  const anchors: Anchors = { dct: dct.value ? parseDay(dct.value) : null, narrative: null };
  anchors.historical = isHistorical(text, candidates, anchors.dct);
  const timexes: Timex[] = [];
  let narrativeEnd = -1;
  for (const c of candidates) {
    anchors.yearInClause = anchors.narrative?.unit === 'year' && narrativeEnd >= 0 && !CLAUSE_BREAK.test(text.slice(narrativeEnd, c.start));
    let value: string;
    const tenseCue = lazyTense(text, c.start, c.end);
    try {
      value = resolvePartial(c.partial, anchors, tenseCue);
    } catch {
      continue;
    }
    const storyWasAt = anchors.narrative;
    const monthsOn = monthsAfterDay(c.partial, anchors);
    if (monthsOn) {
      anchors.narrative = monthsOn;
    } else if ((c.type === 'DATE' || c.type === 'TIME') && movesNarrative(c.partial, anchors.historical) && !restatedClock(c, text) && !containsNarrative(value, anchors.narrative)) {
      anchors.narrative = storyPoint(value, text, c.start, tenseCue, anchors) ?? anchors.narrative;
    } else if (c.type === 'DURATION' && PART_OF_YEAR.test(value) && DEFINITE.test(text.slice(c.start, c.end))) {
      anchors.narrative = yearSoFar(anchors);
    }
    if (anchors.narrative !== storyWasAt) narrativeEnd = c.end;
    // "Two hours later" than a clock time is a clock time.
    const type = c.type === 'DATE' && CLOCK_VALUE.test(value) ? 'TIME' : c.type;
    const timex: Timex = { start: c.start, end: c.end, text: text.slice(c.start, c.end), type, value };
    if (c.mod) timex.mod = c.mod;
    timexes.push(timex);
  }
  return { dct, timexes };
}
