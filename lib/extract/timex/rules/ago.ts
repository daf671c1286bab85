import type { Rule } from '../rule';
import { AND_A_HALF, NUMBER, rulePattern, UNIT, VAGUE_AMOUNT } from '../patterns';
import { parseNumber } from '../numbers';
import { lookup, UNITS } from '../vocabulary';
import type { Unit } from '../partial';

/** The unit a part of one is counted in whole: half a century is 50 years, a year and a half 18 months. */
const SMALLER: Partial<Record<Unit, [Unit, number]>> = { century: ['year', 100], decade: ['year', 10], year: ['month', 12], day: ['hour', 24], hour: ['minute', 60] };

/**
 * A whole number of a unit the story can count in: "a decade ago" is a year ten years back, not the decade before this
 * one, and "half a century later" fifty years on; `null` for what has no whole count ("half a week").
 */
function whole(amount: number | undefined, unit: Unit | undefined): [number, Unit] | null {
  if (!amount || !unit) return null;
  const smaller = unit === 'decade' || unit === 'century' || !Number.isInteger(amount) ? SMALLER[unit] : undefined;
  const [count, counted] = smaller ? [amount * smaller[1], smaller[0]] : [amount, unit];
  return Number.isInteger(count) ? [count, counted] : null;
}

/**
 * A point so far before or after a reference: "two weeks ago" (from today), "a year earlier",
 * "three days later" (from the date the story is at). Vague amounts ("several years ago", "months later") give `PAST_REF`
 * and `FUTURE_REF`.
 */
export const agoRule: Rule = {
  name: 'ago',
  triggers: ['ago', 'earlier', 'later', 'now', 'hence', 'before', 'after'],
  pattern: rulePattern(
    `\\b(?:(?:(${NUMBER})(${AND_A_HALF})?|(${VAGUE_AMOUNT}))[\\s-]+(${UNIT})(${AND_A_HALF})?|(minutes|hours|days|weeks|months|years|decades|centuries))\\s+(ago|earlier|later|from\\s+now|hence|before(?=\\s*[.,;!?])|after(?=\\s*[.,;!?]))\\b`,
  ),
  extract(match) {
    const [, number, halfAfterNumber, vague, unitWord, halfAfterUnit, bareUnits, shiftWord] = match;
    const word = shiftWord.toLowerCase();
    const sign = /^(?:ago|earlier|before)$/.test(word) ? -1 : 1;
    const start = match.index;
    const end = match.index + match[0].length;
    // "Months later" counts no more than "several months later" does.
    if (vague !== undefined || bareUnits !== undefined) {
      return { start, end, type: 'DATE', partial: { kind: 'literal', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF' } };
    }
    const count = parseNumber(number);
    const counted = whole(count && count + ((halfAfterNumber ?? halfAfterUnit) ? 0.5 : 0), lookup(UNITS, unitWord));
    if (!counted) return null;
    const [amount, unit] = counted;
    const from = /^(?:ago|from\s+now|hence)$/.test(word.replace(/\s+/g, ' ')) ? 'dct' : 'narrative';
    // "48 hours later" is two days on: whole days can be counted from a day, where hours cannot.
    if (unit === 'hour' && amount % 24 === 0) return { start, end, type: 'DATE', partial: { kind: 'offset', unit: 'day', amount: (sign * amount) / 24, from, keepPrecision: true } };
    return { start, end, type: 'DATE', partial: { kind: 'offset', unit, amount: sign * amount, from, keepPrecision: true } };
  },
};
