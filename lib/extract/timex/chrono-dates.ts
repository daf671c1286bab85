/**
 * The dates and clock times chrono-node already reads well ("January 29, 2024", "29 Jan", "2024-02-16",
 * "12/03/1998", "3 p.m.", "7:15"), as candidates. Only these parsers run: the rest of chrono's casual
 * configuration is either redone here with TimeML extents or not needed, and running it would cost time.
 */
import * as chrono from 'chrono-node';
import type { Candidate } from './partial';

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
/** A time without am/pm or minutes ("at 5") is too often an age, a score or a count. */
/** "6 1/4%" and "2 1/2" are fractions; a slash date needs its year. */
const FRACTION = /^\d{1,2}\/\d{1,2}$/;
const CLOCK_TIME = /\d:\d\d|[ap]\.?\s?m\b|o'?\s?clock|noon|midnight/i;

const pad = (n: number) => String(n).padStart(2, '0');

export function chronoCandidates(text: string): Candidate[] {
  let results: chrono.ParsedResult[];
  try {
    results = dateParser.parse(text, REFERENCE);
  } catch {
    return [];
  }
  const candidates: Candidate[] = [];
  for (const result of results) {
    const components = result.start;
    const lead = LEADING_WORDS.exec(result.text)?.[0].length ?? 0;
    const start = result.index + lead;
    const end = result.index + result.text.trimEnd().length;
    const hasTime = components.isCertain('hour');
    if (hasTime && !CLOCK_TIME.test(result.text)) continue;
    if (FRACTION.test(result.text.trim())) continue;
    const time = hasTime ? `T${pad(components.get('hour') ?? 0)}:${pad(components.get('minute') ?? 0)}` : undefined;
    const certain = (c: chrono.Component) => (components.isCertain(c) ? (components.get(c) ?? undefined) : undefined);
    const day = certain('day');
    const month = certain('month');
    const partial: Candidate['partial'] =
      month !== undefined
        ? { kind: 'calendar', year: certain('year'), month, day, time }
        : { kind: 'offset', unit: 'day', amount: 0, from: 'narrative', time };
    candidates.push({ start, end, type: hasTime ? 'TIME' : 'DATE', partial, rule: 'chrono' });
  }
  return candidates;
}
