/**
 * The dates and clock times chrono-node already reads well ("January 29, 2024", "29 Jan", "2024-02-16",
 * "12/03/1998", "3 p.m.", "7:15"), as candidates. Only these parsers run: the rest of chrono's casual
 * configuration is either redone here with TimeML extents or not needed, and running it would cost time.
 */
import * as chrono from 'chrono-node';
import type { Candidate } from './partial';
import { alternation, MONTH_WORDS } from './vocabulary';

const PARSERS = new Set([
  'ENYearMonthDayParser',
  'ISOFormatParser',
  'SlashDateFormatParser',
  'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser',
  'ENTimeExpressionParser',
]);
// Dates and times are joined later (merge-adjacent.ts), so a doubtful time cannot take a good date down with it.
const REFINERS = new Set(['OverlapRemovalRefiner', 'ExtractTimezoneAbbrRefiner', 'ExtractTimezoneOffsetRefiner']);

const dateParser = (() => {
  const configured = chrono.strict.clone();
  configured.parsers = configured.parsers.filter((p) => PARSERS.has(p.constructor.name));
  configured.refiners = configured.refiners.filter((r) => REFINERS.has(r.constructor.name));
  return configured;
})();

/** Chrono wants a reference; only the components it marks as certain are used, so any date will do. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1));
/** TimeML leaves prepositions outside the expression; chrono keeps some. */
const LEADING_WORDS = /^(?:(?:on|at|from|in|by)\s+)+/i;
/** "6 1/4%" and "2 1/2" are fractions; a slash date needs its year. */
const FRACTION = /^\d{1,2}\/\d{1,2}$/;
/** A time without am/pm or minutes ("at 5") is too often an age, a score or a count. */
const CLOCK_TIME = /\d:\d\d|[ap]\.?\s?m\b|o'?\s?clock|noon|midnight/i;

const pad = (n: number) => String(n).padStart(2, '0');

/** Month names that are also common words: in lower case ("the first march", "it may 4") they are the word, not the month. */
const LOWER_CASE_WORD = /\b(?:march|may)\b/;

/**
 * Every result of these parsers holds a month name, a clock time, or digits joined by "/", "-" or ":".
 * Chrono runs only on windows around such spots: most of a news text has none, and chrono's
 * patterns are costly to run everywhere. The month names are found by the one scan of the text for
 * rule triggers (tokens.ts); only the clock times and joined digits need a scan of their own.
 */
const MONTH_NAMES = `\\b(?:${alternation(MONTH_WORDS)})\\b`;
const MONTH_NAME_AT = new RegExp(MONTH_NAMES, 'iy');
const CLOCK_OR_JOINED_DIGITS = /\d[/:-]\d|\d\s?[ap]\.?\s?m\b|o'?\s?clock/gi;
const MONTH_WORD = new RegExp(MONTH_NAMES, 'i');
const BEFORE = 40;
const AFTER = 60;
const WIDEN = 24;
/** The part of a word that a window's edge cuts, up to WIDEN characters: before it, and after it (sticky). */
const WORD_END = new RegExp(`\\S{0,${WIDEN}}$`);
const WORD_START = new RegExp(`\\S{0,${WIDEN}}`, 'y');

/**
 * The spots as [start, end) pairs in text order: the month names at `monthNamesAt`, and each clock time or
 * joined digits. A month name (letters only) never overlaps the others, so together they are what one scan for all would find.
 */
function hints(text: string, monthNamesAt: readonly number[]): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (const at of monthNamesAt) {
    MONTH_NAME_AT.lastIndex = at;
    const m = MONTH_NAME_AT.exec(text);
    if (m) found.push([at, at + m[0].length]);
  }
  for (const m of text.matchAll(CLOCK_OR_JOINED_DIGITS)) found.push([m.index, m.index + m[0].length]);
  return found.sort((a, b) => a[0] - b[0]);
}

/** Windows of the text worth giving to chrono, as [start, end) pairs that do not overlap. */
function windows(text: string, monthNamesAt: readonly number[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const [start, end] of hints(text, monthNamesAt)) {
    // Widen to whitespace (a little at most) so chrono sees whole words and its `(\W|^)` starts work.
    let from = Math.max(0, start - BEFORE);
    from -= WORD_END.exec(text.slice(Math.max(0, from - WIDEN), from))![0].length;
    let to = Math.min(text.length, end + AFTER);
    WORD_START.lastIndex = to;
    to += WORD_START.exec(text)![0].length;
    const last = spans[spans.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else spans.push([from, to]);
  }
  return spans;
}

/** "from 10 a.m. to 6 p.m.": the words between the two ends of a range. */
const RANGE_JOIN = /\s*(?:-|–|—|\bto\b|\buntil\b|\btill\b|\bthrough\b|\band\b)\s*/i;

type Read = (c: chrono.Component) => number | undefined;
interface End {
  index: number;
  text: string;
  /** A component chrono is sure of, or undefined. */
  read: Read;
}

const certainIn = (components: chrono.ParsedComponents): Read => (c) => (components.isCertain(c) ? (components.get(c) ?? undefined) : undefined);

/**
 * TimeML tags each end of a range as its own expression ("10 a.m." and "6 p.m."), so a range chrono
 * read as one is split where both ends stand alone (a clock time or a month each). "March 3-5" stays
 * whole: "5" is not an expression by itself.
 */
function rangeEnds(index: number, result: chrono.ParsedResult): End[] {
  const start = certainIn(result.start);
  const whole = [{ index, text: result.text, read: start }];
  if (!result.end) return whole;
  const join = RANGE_JOIN.exec(result.text);
  if (!join || join.index === 0) return whole;
  const first = result.text.slice(0, join.index);
  const second = result.text.slice(join.index + join[0].length);
  const standsAlone = (part: string) => CLOCK_TIME.test(part) || MONTH_WORD.test(part);
  if (!standsAlone(first) || !standsAlone(second)) return whole;
  return [
    { index, text: first, read: start },
    { index: index + join.index + join[0].length, text: second, read: certainIn(result.end) },
  ];
}

/** "the 5th of March": a day named by its ordinal takes its article, as "the third quarter" does; chrono leaves it out. */
const ORDINAL_OF = /^\d{1,2}(?:st|nd|rd|th)\s+of\b/i;
const THE_BEFORE = /\bthe\s+$/i;
function determinerBefore(text: string, start: number, surface: string): number {
  if (!ORDINAL_OF.test(surface)) return 0;
  return THE_BEFORE.exec(text.slice(Math.max(0, start - 8), start))?.[0].length ?? 0;
}

/** `monthNamesAt`: where the text names a month (any of `MONTH_WORDS`, in any case), as the scan for triggers found. */
export function chronoCandidates(text: string, monthNamesAt: readonly number[]): Candidate[] {
  const results: Array<{ index: number; result: chrono.ParsedResult }> = [];
  for (const [from, to] of windows(text, monthNamesAt)) {
    try {
      for (const result of dateParser.parse(text.slice(from, to), REFERENCE)) results.push({ index: from + result.index, result });
    } catch {
      // A chrono failure loses this window's dates, not the document's.
    }
  }
  const candidates: Candidate[] = [];
  for (const { index, text: surface, read } of results.flatMap(({ index, result }) => rangeEnds(index, result))) {
    const lead = LEADING_WORDS.exec(surface)?.[0].length ?? 0;
    const start = index + lead - determinerBefore(text, index + lead, surface.slice(lead));
    const end = index + surface.trimEnd().length;
    const hour = read('hour');
    if (hour !== undefined && !CLOCK_TIME.test(surface)) continue;
    if (FRACTION.test(surface.trim())) continue;
    if (LOWER_CASE_WORD.test(surface)) continue;
    const time = hour !== undefined ? `T${pad(hour)}:${pad(read('minute') ?? 0)}` : undefined;
    const month = read('month');
    const partial: Candidate['partial'] =
      month !== undefined
        ? { kind: 'calendar', year: read('year'), month, day: read('day'), time }
        : { kind: 'offset', unit: 'day', amount: 0, from: 'narrative', time };
    candidates.push({ start, end, type: hour !== undefined ? 'TIME' : 'DATE', partial, rule: 'chrono' });
  }
  return candidates;
}
