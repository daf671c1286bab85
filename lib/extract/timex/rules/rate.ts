import type { Rule } from '../rule';
import { rulePattern } from '../patterns';
import { durationValue } from '../duration-value';

/** A count of things a rate is of: "six million visitors", "a million visitors", "125 grams", "300 ships". */
const COUNT =
  '(?<![$£€]\\s?)\\b(?:\\d[\\d,.]*|an?(?=\\s+(?:hundred|thousand|million|billion)\\b)|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundreds|thousands|millions))(?:\\s+(?:hundred|thousand|million|billion))?(?:\\s+[a-z]+){1,4}';
/**
 * What the count must not end on: money ("$1.76 a year", "15 cents a share a year" are prices, which TimeBank leaves
 * untagged), and a whole period ("24 hours a day", "seven days a week" are always, not a rate). A part of one is a
 * rate: "30 minutes a day".
 */
const NOT_COUNTED = /\b(?:dollars?|cents?|pounds?|euros?|yen|shares?|times)$/i;
const WHOLE_PERIOD: Record<string, RegExp> = {
  day: /\b(?:24|twenty[\s-]four)\s+hours$/i,
  week: /\b(?:7|seven)\s+days$/i,
  month: /\b(?:30|31|thirty|thirty[\s-]one)\s+days$/i,
  year: /\b(?:365|12|twelve|52|fifty[\s-]two)\s+(?:days|months|weeks)$/i,
};

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
    const counted = text.slice(Math.max(0, match.index - 20), match.index).trimEnd();
    if (NOT_COUNTED.test(counted) || WHOLE_PERIOD[match[1].toLowerCase()].test(counted)) return null;
    const value = durationValue(1, match[1].toLowerCase());
    return value ? { start: match.index, end: match.index + match[0].length, type: 'SET', partial: { kind: 'literal', value } } : null;
  },
};
