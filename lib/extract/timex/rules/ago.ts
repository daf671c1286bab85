import type { Rule } from '../rule';
import { NUMBER, rulePattern, UNIT, VAGUE_AMOUNT } from '../patterns';
import { parseNumber } from '../numbers';
import { lookup, UNITS } from '../vocabulary';

/**
 * A point so far before or after a reference: "two weeks ago" (from today), "a year earlier",
 * "three days later" (from the date the story is at). Vague amounts ("several years ago", "months later") give `PAST_REF`
 * and `FUTURE_REF`.
 */
export const agoRule: Rule = {
  name: 'ago',
  triggers: ['ago', 'earlier', 'later', 'now', 'hence', 'before', 'after'],
  pattern: rulePattern(`\\b(?:(?:(${NUMBER})|(${VAGUE_AMOUNT}))[\\s-]+(${UNIT})|(minutes|hours|days|weeks|months|years|decades|centuries))\\s+(ago|earlier|later|from\\s+now|hence|before(?=\\s*[.,;!?])|after(?=\\s*[.,;!?]))\\b`),
  extract(match) {
    const word = match[5].toLowerCase();
    const sign = /^(?:ago|earlier|before)$/.test(word) ? -1 : 1;
    const start = match.index;
    const end = match.index + match[0].length;
    // "Months later" counts no more than "several months later" does.
    if (match[2] !== undefined || match[4] !== undefined) {
      return { start, end, type: 'DATE', partial: { kind: 'literal', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF' } };
    }
    const amount = parseNumber(match[1]);
    const unit = lookup(UNITS, match[3]);
    if (!amount || !unit || !Number.isInteger(amount)) return null;
    // "a decade ago" is a year ten years back, not the decade before this one.
    if (unit === 'decade' || unit === 'century') {
      const years = unit === 'decade' ? 10 : 100;
      return { start, end, type: 'DATE', partial: { kind: 'offset', unit: 'year', amount: sign * amount * years, from: /^(?:ago|from\s+now|hence)$/.test(word.replace(/\s+/g, ' ')) ? 'dct' : 'narrative', keepPrecision: true } };
    }
    const from = /^(?:ago|from\s+now|hence)$/.test(word.replace(/\s+/g, ' ')) ? 'dct' : 'narrative';
    // "48 hours later" is two days on: whole days can be counted from a day, where hours cannot.
    if (unit === 'hour' && amount % 24 === 0) return { start, end, type: 'DATE', partial: { kind: 'offset', unit: 'day', amount: (sign * amount) / 24, from, keepPrecision: true } };
    return { start, end, type: 'DATE', partial: { kind: 'offset', unit, amount: sign * amount, from, keepPrecision: true } };
  },
};
