import type { Rule } from '../rule';
import { rulePattern } from '../patterns';

const COUNTED = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh'];

/**
 * A day counted within an event the story is telling: "on the second day" of a battle, "his first day in office",
 * "the final day". Which day it is depends on when the event began, which the words do not say: it is taken as the
 * day the story is at (the report's own day in the news, as TimeBank has "the second day"). "The last day of the
 * year" names a calendar day and is left alone, as are plural "the first days".
 */
export const ordinalDayRule: Rule = {
  name: 'ordinal-day',
  triggers: ['day'],
  pattern: rulePattern(
    `(?:\\bthe\\s+|(?<=\\b(?:his|her|its|their|our|my)\\s+))(${COUNTED.join('|')}|final|last)\\s+day\\b(?!-|['’]|\\s+of\\s+(?:the\\s+|this\\s+|that\\s+|next\\s+|last\\s+)?(?:year|month|week|quarter|decade|century|season|term)\\b)`,
  ),
  extract(match) {
    return { start: match.index, end: match.index + match[0].length, type: 'DATE', partial: { kind: 'offset', unit: 'day', amount: 0, from: 'story' } };
  },
};
