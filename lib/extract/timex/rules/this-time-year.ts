import type { Rule } from '../rule';
import { rulePattern } from '../patterns';

/**
 * "this time last year", "this time next year", "this time a year ago": one expression, the DCT's time of year a year
 * away, as precise as a month (the phrase names the season of the year, not its day).
 */
export const thisTimeYearRule: Rule = {
  name: 'this-time-year',
  triggers: ['time'],
  pattern: rulePattern(`\\bthis\\s+time\\s+(last\\s+year|next\\s+year|a\\s+year\\s+ago)\\b`),
  extract(match) {
    const amount = /^next/i.test(match[1]) ? 12 : -12;
    return { start: match.index, end: match.index + match[0].length, type: 'DATE', partial: { kind: 'offset', unit: 'month', amount, from: 'dct' } };
  },
};
