import type { Rule } from '../rule';
import { rulePattern } from '../patterns';

const TENS: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };

/** Words a forecast gives temperatures with. */
const TEMPERATURE = /\b(?:highs?|lows?|temperatures?|degrees|wind\s+chills?)\b[^.;!?]*$/i;

/**
 * A decade: "the 1990s", "1980s", "the '60s", "the nineties" (nineteen hundreds assumed for words and two digits); or a
 * century written as its hundreds, "the 1800s", "the 1600s": only the 1900s and 2000s are read as decades too.
 */
export const decadeRule: Rule = {
  name: 'decade',
  triggers: ['#decade', ...Object.keys(TENS)],
  pattern: rulePattern(`(?:\\bthe\\s+)?(?:\\b(1\\d|20)(\\d)0'?s|(?<![\\w$])'?([2-9])0'?s|\\b(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\\b`),
  extract(match, text) {
    const century = match[1] && match[2] === '0' && Number(match[1]) < 19;
    const value = match[1] ? match[1] + (century ? '' : match[2]) : match[3] ? `19${match[3]}` : `19${TENS[match[4].toLowerCase()]}`;
    if (!match[1] && !/^the\s/i.test(match[0]) && !match[0].includes("'")) return null;
    // "Highs will stay in the 30s": a forecast's temperatures, not a decade.
    if (match[3] && !match[0].includes("'") && TEMPERATURE.test(text.slice(Math.max(0, match.index - 60), match.index))) return null;
    return { start: match.index, end: match.index + match[0].length, type: 'DATE', partial: { kind: 'literal', value } };
  },
};
