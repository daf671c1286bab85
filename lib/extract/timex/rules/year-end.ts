import type { Rule } from '../rule';
import { rulePattern } from '../patterns';

/** The end of the current year: "by year-end", "year end", "year's end", "the end of the year" (the latter via modifiers). */
export const yearEndRule: Rule = {
  name: 'year-end',
  triggers: ['year'],
  reach: 0,
  pattern: rulePattern(`\\byear(?:-|\\s+|'s\\s+)end\\b(?!-)`),
  extract(match) {
    return { start: match.index, end: match.index + match[0].length, type: 'DATE', mod: 'END', partial: { kind: 'offset', unit: 'year', amount: 0, from: 'dct' } };
  },
};
