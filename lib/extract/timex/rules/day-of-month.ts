import type { Rule } from '../rule';
import { rulePattern } from '../patterns';

/**
 * A day of the month without its month: "on the 14th", "by the 3rd," — the month is the one the story is at
 * (see resolve.ts). Only after a preposition and before a clause goes on ("On the 14th the army left"), so that
 * "the 5th Army", "the 14th century" and "the 2nd floor" are not days.
 */
const PREPOSITION_BEFORE = /\b(?:on|by|until|till|from|since|before|after|of)\s+$/i;

export const dayOfMonthRule: Rule = {
  name: 'day-of-month',
  triggers: ['#ordinal'],
  pattern: rulePattern(
    `\\bthe\\s+(\\d{1,2})(?:st|nd|rd|th)\\b(?=\\s*[,.;:!?)]|\\s*$|\\s+(?:the|a|an|he|she|it|they|we|his|her|its|their|and|but|when|as|at|in|with|to)\\s)`,
  ),
  extract(match, text) {
    // The preposition is checked here, not in a lookbehind the pattern would try at every position near a number.
    if (!PREPOSITION_BEFORE.test(text.slice(Math.max(0, match.index - 8), match.index))) return null;
    const day = Number(match[1]);
    // The lower-case word after it must begin a clause, not name what the ordinal counts ("the 5th Army").
    if (day < 1 || day > 31 || /^\s+\p{Lu}/u.test(text.slice(match.index + match[0].length, match.index + match[0].length + 3))) return null;
    return { start: match.index, end: match.index + match[0].length, type: 'DATE', partial: { kind: 'calendar', day } };
  },
};
