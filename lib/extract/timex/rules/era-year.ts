import type { Rule } from '../rule';
import { MONTH, rulePattern, SEASON } from '../patterns';
import { lookup, MONTHS, SEASONS } from '../vocabulary';

/** Era markers as written; "AD" and "CE" may also come first ("AD 43"), the BC forms only after. */
export const AD = 'A\\.D\\.|AD|C\\.E\\.|CE';
export const BC = 'B\\.C\\.E\\.|BCE|B\\.C\\.|BC';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

/** A year with its era, as `ERA_YEAR` reads it: group 1 or 3 the marker, 2 or 4 the digits. */
const ERA_YEAR = `(?<![\\d,.$£€])(?:(${AD})\\s*(\\d{1,4})|(\\d{1,4})\\s*(${AD}|${BC}))(?![\\w.]*\\w)`;

/** Whether the marker is written as an era is: upper case ("ad" and "ce" are words and word parts). */
const isEraMarker = (marker: string) => marker === marker.toUpperCase();

/**
 * A year given with its era: "55 BC", "AD 43", "44 BCE", "410 A.D.", and a day, month or season in it:
 * "15 March 44 BC", "the spring of 146 BC". Years keep chrono's reading, negative before Christ (44 BC is -44), and are
 * written as TimeML writes them: `BC0055`, `0043`, `BC0044-03-15`, `BC0146-SP`.
 */
export const eraYearRule: Rule = {
  name: 'era-year',
  // The era marker, not the digits: most numbers in a text have none, and the pattern is costly to try at each.
  triggers: ['ad', 'a.d', 'ce', 'c.e', 'bc', 'b.c', 'bce', 'b.c.e'],
  pattern: rulePattern(`(?:\\b${DAY}\\s+(${MONTH})\\s+|\\b(${MONTH})\\s+(?:${DAY},?\\s+)?|\\b(?:the\\s+)?(${SEASON})\\s+of\\s+)?${ERA_YEAR}`),
  extract(match) {
    const [, dayFirst, monthAfterDay, monthFirst, dayAfterMonth, season, before, digitsAfter, digitsBefore, after] = match;
    const marker = before ?? after;
    const year = Number(digitsAfter ?? digitsBefore);
    if (!isEraMarker(marker) || year < 1) return null;
    const month = lookup(MONTHS, monthAfterDay ?? monthFirst ?? '');
    const day = dayFirst ?? dayAfterMonth;
    return {
      start: match.index,
      end: match.index + match[0].length,
      type: 'DATE',
      partial: { kind: 'calendar', year: /^B/.test(marker) ? -year : year, month, day: day === undefined ? undefined : Number(day), season: season && lookup(SEASONS, season) },
    };
  },
};

/** Where the text gives years with their era, and which: the context for years and decades written without one. */
export interface EraYear {
  at: number;
  year: number;
}

// Case-sensitive, unlike rule patterns: only upper-case markers are eras.
const ERA_YEARS = new RegExp(ERA_YEAR, 'g');
/** "the 1st century AD", "the 3rd century BC" say the era too; such a century stands for its middle year. */
const ERA_CENTURIES = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)\\s+century\\s+(${AD}|${BC})(?![\\w.]*\\w)`, 'g');
let memo: { text: string; years: EraYear[] } | null = null;

/** The years the text writes with an era marker (and the centuries), in order. Remembered for the last text: every rule match asks again. */
export function eraYearsOf(text: string): EraYear[] {
  if (memo?.text === text) return memo.years;
  const years: EraYear[] = [];
  for (const m of text.matchAll(ERA_YEARS)) {
    const year = Number(m[2] ?? m[3]);
    if (year >= 1) years.push({ at: m.index, year: /^B/.test(m[1] ?? m[4]) ? -year : year });
  }
  for (const m of text.matchAll(ERA_CENTURIES)) {
    const middle = Number(m[1]) * 100 - 50;
    if (middle > 0) years.push({ at: m.index, year: /^B/.test(m[2]) ? -middle : middle });
  }
  years.sort((a, b) => a.at - b.at);
  memo = { text, years };
  return years;
}

/** The era year the text gave last before `at`, or else first after it: the era a year or decade written without one is in. */
export function eraYearAround(text: string, at: number): EraYear | undefined {
  const years = eraYearsOf(text);
  // Binary search: a long history asks once per year and decade it writes.
  let [low, high] = [0, years.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (years[mid].at < at) low = mid + 1;
    else high = mid;
  }
  return years[Math.max(0, low - 1)];
}
