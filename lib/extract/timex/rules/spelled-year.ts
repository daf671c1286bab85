import type { Rule } from '../rule';
import { rulePattern } from '../patterns';
import { parseNumber } from '../numbers';

const TENS = '(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?';
const UNITS = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)';

/** Years in words, as transcribed speech writes them: "nineteen ninety-six", "the year two thousand", "two thousand and one". */
export const spelledYearRule: Rule = {
  name: 'spelled-year',
  triggers: ['nineteen', 'eighteen', 'twenty', 'thousand'],
  pattern: rulePattern(`\\b(?:the\\s+year\\s+)?(?:(nineteen|eighteen|twenty)[\\s-]+(${TENS}|hundred)|two\\s+thousand(?:\\s+(?:and\\s+)?(${TENS}|${UNITS}))?)\\b`),
  extract(match) {
    let year: number | undefined;
    if (match[1]) {
      const century = parseNumber(match[1])!;
      year = century * 100 + (match[2].toLowerCase() === 'hundred' ? 0 : (parseNumber(match[2]) ?? NaN));
    } else {
      year = 2000 + (match[3] ? (parseNumber(match[3]) ?? NaN) : 0);
      // "two thousand" alone is a count unless it says it is a year.
      if (!match[3] && !/^the\s+year/i.test(match[0])) return null;
    }
    if (!Number.isInteger(year)) return null;
    return { start: match.index, end: match.index + match[0].length, type: 'DATE', partial: { kind: 'literal', value: String(year) } };
  },
};
