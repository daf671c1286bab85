import type { Rule } from '../rule';
import { rulePattern } from '../patterns';

const TENS: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };

/**
 * A decade: "the 1990s", "1980s", "the '60s", "the nineties" (nineteen hundreds assumed for words and two digits); or a
 * century written as its hundreds, "the 1800s".
 */
export const decadeRule: Rule = {
  name: 'decade',
  triggers: ['#decade', ...Object.keys(TENS)],
  pattern: rulePattern(`(?:\\bthe\\s+)?(?:\\b(1\\d|20)(\\d)0'?s|(?<![\\w$])'?([2-9])0'?s|\\b(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\\b`),
  extract(match) {
    // "the 1800s" is the hundred years, not the decade 1800-09 (the 19th century as TIMEX3 writes it: 18); "the 2000s" is
    // mostly the decade.
    const hundreds = match[1] && match[1] !== '20' && match[2] === '0';
    const value = hundreds ? match[1] : match[1] ? match[1] + match[2] : match[3] ? `19${match[3]}` : `19${TENS[match[4].toLowerCase()]}`;
    if (!match[1] && !/^the\s/i.test(match[0]) && !match[0].includes("'")) return null;
    return { start: match.index, end: match.index + match[0].length, type: 'DATE', partial: { kind: 'literal', value } };
  },
};
