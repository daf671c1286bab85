import type { Rule } from '../rule';
import { rulePattern } from '../patterns';
import { durationValue } from '../duration-value';

/** A count of things a rate is of: "six million visitors", "a million visitors", "125 grams", "300 ships". */
const COUNT =
  '(?<![$£€]\\s?)\\b(?:\\d[\\d,.]*|an?(?=\\s+(?:hundred|thousand|million|billion)\\b)|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundreds|thousands|millions))(?:\\s+(?:hundred|thousand|million|billion))?(?:\\s+[a-z]+){1,3}';
/**
 * What the count must not end on: money ("$1.76 a year", "15 cents a share a year" are prices, which TimeBank leaves
 * untagged), and units of time ("24 hours a day" is always, not a rate of days).
 */
const NOT_COUNTED = /\b(?:dollars?|cents?|pounds?|euros?|yen|shares?|hours?|minutes?|days?|weeks?|months?|years?|times)$/i;

/**
 * "a year" after a count of things is a rate, not a length of time: "six million visitors a year", "125 grams a day". TimeML makes it a SET of the unit (`P1Y`). "two years a year ago" and "a year
 * earlier" are counted from a date (ago.ts, the longer match).
 */
const COUNT_BEFORE = new RegExp(`${COUNT}\\s+$`, 'i');

export const rateRule: Rule = {
  name: 'rate',
  triggers: ['day', 'week', 'month', 'year'],
  pattern: rulePattern(`\\ban?\\s+(day|week|month|year)\\b(?!-|\\s+(?:ago|earlier|later|before|after|from|since)\\b)`),
  extract(match, text) {
    // The count is checked here, on the words before, not in a lookbehind tried at every position near a unit word.
    if (!COUNT_BEFORE.test(text.slice(Math.max(0, match.index - 64), match.index))) return null;
    if (NOT_COUNTED.test(text.slice(Math.max(0, match.index - 12), match.index).trimEnd())) return null;
    const value = durationValue(1, match[1].toLowerCase());
    return value ? { start: match.index, end: match.index + match[0].length, type: 'SET', partial: { kind: 'literal', value } } : null;
  },
};
