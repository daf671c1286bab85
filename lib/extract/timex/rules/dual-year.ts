import type { Rule } from '../rule';
import { MONTH, rulePattern } from '../patterns';
import { lookup, MONTHS } from '../vocabulary';

/**
 * A date in the English double dating of 1582-1752, when the year still turned on 25 March: "20 March 1726/27",
 * "February 1688/9". The second year is the one the calendar now gives, and TIMEX3 writes that one.
 */
export const dualYearRule: Rule = {
  name: 'dual-year',
  triggers: ['#year'],
  pattern: rulePattern(`(?:\\b(\\d{1,2})\\s+(${MONTH})\\s+|\\b(${MONTH})\\s+(?:(\\d{1,2}),?\\s+)?)?\\b(1[5-7]\\d\\d)/(\\d{1,2})(?![\\d/])`),
  extract(match) {
    const [, dayFirst, monthAfterDay, monthFirst, dayAfterMonth, first, second] = match;
    const year = Number(first) + 1;
    // "1726/27", "1688/9": the second part is the next year's last digits; anything else is no double date.
    if (String(year).slice(-second.length) !== second) return null;
    const day = dayFirst ?? dayAfterMonth;
    return {
      start: match.index,
      end: match.index + match[0].length,
      type: 'DATE',
      partial: { kind: 'calendar', year, month: lookup(MONTHS, monthAfterDay ?? monthFirst ?? ''), day: day === undefined ? undefined : Number(day) },
    };
  },
};
