import type { Rule } from '../rule';
import { rulePattern, YEAR } from '../patterns';

/** Nouns that number things: "room 1204", "flight 1549", "No. 1999" are not years. */
const NUMBERED = '\\b(?:rooms?|no\\.|nos\\.|numbers?|flights?|routes?|pages?|pp?\\.|suites?|apt\\.?|highway|interstate|platforms?|gates?|box|units?|bus|trains?|models?|channels?|chapters?|sections?|articles?|rules?|items?|codes?|tel\\.?|phone|#)';

/** A bare year: "in 2020", "the year 2000", "the year of our Lord 1215", "the 2025 Invictus Games" (extent "2025"). */
export const yearRule: Rule = {
  name: 'year',
  triggers: ['#year'],
  pattern: rulePattern(`(?:\\b(the\\s+year(?:\\s+of\\s+our\\s+Lord)?)\\s+)?\\b(?<!${NUMBERED}\\s{1,3})(${YEAR})\\b(?!'?s\\b|-\\d)`),
  extract(match) {
    return {
      start: match.index,
      end: match.index + match[0].length,
      type: 'DATE',
      partial: { kind: 'literal', value: match[2] },
    };
  },
};
