import type { Rule } from '../rule';
import { MONTH, rulePattern, WEEKDAY } from '../patterns';
import { lookup, DAY_PARTS } from '../vocabulary';

/**
 * "the afternoon of 23 October 1956", "the night of 14 April", "the morning of Tuesday": a part of a day that the
 * date after "of" names. The part is tagged here and joined to the date when the refiners merge the two (see
 * merge-adjacent.ts), giving a TIME such as `1956-10-23TAF`. "the morning of his death" names no date and is left alone.
 */
export const dayPartOfRule: Rule = {
  name: 'day-part-of',
  triggers: ['morning', 'afternoon', 'evening', 'night'],
  pattern: rulePattern(`\\bthe\\s+(morning|afternoon|evening|night)(?=\\s+of\\s+(?:\\d|${MONTH}\\b|${WEEKDAY}\\b|the\\s+\\d))`),
  extract(match) {
    const part = lookup(DAY_PARTS, match[1]);
    if (!part) return null;
    return { start: match.index, end: match.index + match[0].length, type: 'TIME', partial: { kind: 'offset', unit: 'day', amount: 0, from: 'narrative', time: `T${part}` } };
  },
};
