import type { Rule } from '../rule';
import { DURATION_UNIT, NUMBER, rulePattern } from '../patterns';
import { parseNumber } from '../numbers';
import { durationValue } from '../duration-value';

/**
 * A length of time written as one adjective: "a day-long meeting" (P1D), "a two-week-long strike" (P2W),
 * "a decades-long battle" (vague: PXE). TimeML tags the whole hyphenated word.
 */
export const longCompoundRule: Rule = {
  name: 'long-compound',
  triggers: ['long'],
  pattern: rulePattern(`\\b(?:(${NUMBER})-)?(${DURATION_UNIT})-long\\b`),
  extract(match) {
    const plural = /s$/i.test(match[2]);
    const amount = match[1] !== undefined ? parseNumber(match[1]) : plural ? undefined : 1;
    if (match[1] !== undefined && (amount === undefined || amount <= 0)) return null;
    const value = durationValue(amount, match[2]);
    if (!value) return null;
    return { start: match.index, end: match.index + match[0].length, type: 'DURATION', partial: { kind: 'literal', value } };
  },
};
