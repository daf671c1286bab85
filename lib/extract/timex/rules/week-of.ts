import type { Rule } from '../rule';
import { MONTH, rulePattern, YEAR } from '../patterns';
import { lookup, MONTHS } from '../vocabulary';

/** A week named by one of its days: "the week of March 6" is one DATE, that day's ISO week (TimeML). */
export const weekOfRule: Rule = {
  name: 'week-of',
  triggers: ['week'],
  pattern: rulePattern(`\\bthe\\s+week\\s+of\\s+(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(${YEAR}))?\\b`),
  extract(match) {
    const day = Number(match[2]);
    if (day < 1 || day > 31) return null;
    const year = match[3] ? Number(match[3]) : undefined;
    return { start: match.index, end: match.index + match[0].length, type: 'DATE', partial: { kind: 'calendar', year, month: lookup(MONTHS, match[1])!, day, week: true } };
  },
};
