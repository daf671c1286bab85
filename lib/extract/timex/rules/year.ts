import type { Rule } from '../rule';
import { rulePattern, YEAR } from '../patterns';

/** A bare year: "in 2020", "fiscal 1989", "the year 2000", "the 2025 Invictus Games" (extent "2025"). */
export const yearRule: Rule = {
  name: 'year',
  pattern: rulePattern(`(?:\\b(fiscal|the\\s+year)\\s+)?\\b(${YEAR})\\b(?!'?s\\b|-\\d)`),
  extract(match) {
    return {
      start: match.index,
      end: match.index + match[0].length,
      type: 'DATE',
      partial: { kind: 'literal', value: match[2] },
    };
  },
};
