import type { Rule } from '../rule';
import { rulePattern, YEAR } from '../patterns';

/**
 * The reported period named by its year, as financial news compares it with its counterpart:
 * "in the 1988 period", "$376,000 in the 1988 quarter". TimeBank values it as the quarter the
 * report is about, in the stated year. An ordinal ("the 1988 third quarter") is the quarter rule's.
 */
export const datedPeriodRule: Rule = {
  name: 'dated-period',
  triggers: ['period', 'quarter'],
  pattern: rulePattern(`\\bthe\\s+(${YEAR})\\s+(?:period|quarter)\\b(?!-)`),
  extract(match) {
    return { start: match.index, end: match.index + match[0].length, type: 'DATE', partial: { kind: 'report-period', yearsBack: 0, year: Number(match[1]) } };
  },
};
