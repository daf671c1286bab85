import type { Rule } from '../rule';
import { rulePattern } from '../patterns';
import { AD, BC } from './era-year';

/**
 * The year that opens a range whose last year has its era: "from 1279 to 1213 BC", "(668–627 BC)", "c. 2686–2181 BC".
 * The era said once at the end is the first year's too. Before Christ the years count down, after him up; a range
 * that runs the other way is no range of years.
 */
export const eraRangeStartRule: Rule = {
  name: 'era-range-start',
  triggers: ['ad', 'a.d', 'ce', 'c.e', 'bc', 'b.c', 'bce', 'b.c.e'],
  pattern: rulePattern(`(?<![\\d,.$£€])(\\d{1,4})(?=\\s*(?:to|and|until|[-–])\\s*(\\d{1,4})\\s*(${AD}|${BC})(?![\\w.]*\\w))`),
  extract(match) {
    const [, first, last, marker] = match;
    // Upper case only: "ad" and "ce" are words too.
    if (marker !== marker.toUpperCase()) return null;
    const [from, to] = [Number(first), Number(last)];
    const beforeChrist = /^B/.test(marker);
    if (from < 1 || (beforeChrist ? from <= to : from >= to)) return null;
    return { start: match.index, end: match.index + first.length, type: 'DATE', partial: { kind: 'calendar', year: beforeChrist ? -from : from } };
  },
};
