import type { Rule } from '../rule';
import { rulePattern, YEAR } from '../patterns';
import { BC } from './era-year';

/** Nouns that number things: "room 1204", "flight 1549", "No. 1999" are not years. */
const NUMBERED = '\\b(?:rooms?|no\\.|nos\\.|numbers?|flights?|routes?|pages?|pp?\\.|suites?|apt\\.?|highway|interstate|platforms?|gates?|box|units?|bus|trains?|models?|channels?|chapters?|sections?|articles?|rules?|items?|codes?|tel\\.?|phone|#)';

/** The rest of a range whose last year is before Christ: "to 1213 BC", "-1070 BCE". */
const BC_RANGE_END = new RegExp(`^\\s*(?:to|and|until|[-–])\\s*\\d{1,4}\\s*(?:${BC})(?![\\w.]*\\w)`);

/** A bare year: "in 2020", "the year 2000", "the 2025 Invictus Games" (extent "2025"). */
export const yearRule: Rule = {
  name: 'year',
  triggers: ['#year'],
  pattern: rulePattern(`(?:\\b(the\\s+year)\\s+)?\\b(?<!${NUMBERED}\\s{1,3})(${YEAR})\\b(?!'?s\\b|-\\d)`),
  extract(match, text) {
    const start = match.index;
    const end = match.index + match[0].length;
    // "from 1279 to 1213 BC": the era said once, at the end of the range, is the first year's too.
    if (BC_RANGE_END.test(text.slice(end, end + 24))) return { start, end, type: 'DATE', partial: { kind: 'calendar', year: -Number(match[2]) } };
    return { start, end, type: 'DATE', partial: { kind: 'literal', value: match[2] } };
  },
};
