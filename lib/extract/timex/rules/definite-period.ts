import type { Rule } from '../rule';
import { rulePattern } from '../patterns';
import { lookup, ORDINALS } from '../vocabulary';

/**
 * Definite references to the period a (business) news story reports on, resolved from the DCT:
 * "the quarter" and "the latest quarter" (the last quarter reported: the one before the DCT's),
 * "the year-earlier quarter" and "the comparable year-ago third quarter" (that quarter a year before), "year-ago"/"year-earlier" results,
 * "the year"/"the full year" (this year), "the decade", "the century" (the DCT's, or the story's in a history),
 * "the fiscal year ended June 30" (a year-long duration), "the end of the day" (the story's day; the refiner adds `END`),
 * "the weekend" (the nearest one on the side the verb points to).
 */
export const definitePeriodRule: Rule = {
  name: 'definite-period',
  triggers: ['quarter', 'period', 'year', 'month', 'week', 'weekend', 'decade', 'century', 'day'],
  pattern: rulePattern(
    `\\b(?:the\\s+(weekend)|the\\s+(?:(latest|most\\s+recent|same|current)\\s+)?(quarter|period)|(the\\s+(?:(?:comparable|corresponding)\\s+)?)?year-(?:earlier|ago)(?:\\s+(?:(first|second|third|fourth)\\s+)?(quarter|period|year|nine\\s+months))?|the\\s+(full|fiscal|calendar|entire|whole)?\\s*(year|month|week|decade|century)(\\s+(?:ended|ending|that\\s+ended|which\\s+ended|ends))?|(?<=\\b(?:end|close|start|beginning|middle)\\s+of\\s+)(?<!\\bat\\s+the\\s+end\\s+of\\s+)the\\s+(day))\\b(?!-)`,
  ),
  extract(match) {
    const start = match.index;
    const end = match.index + match[0].length;
    if (match[1]) return { start, end, type: 'DATE', partial: { kind: 'weekday', weekday: 6, weekend: true } };
    if (match[3]) {
      // "the period" alone is too often not a time at all; "the latest period" is.
      if (match[3].toLowerCase() === 'period' && !match[2]) return null;
      return { start, end, type: 'DATE', partial: { kind: 'report-period', yearsBack: 0 } };
    }
    if (match[0].toLowerCase().includes('year-')) {
      const noun = match[6]?.toLowerCase();
      const quarter = match[5] && noun === 'quarter' ? lookup(ORDINALS, match[5]) : undefined;
      if (match[5] && noun !== 'quarter') return null;
      if (noun === 'quarter' || noun === 'period') return { start, end, type: 'DATE', partial: { kind: 'report-period', yearsBack: 1, quarter } };
      if (noun?.startsWith('nine')) return { start, end, type: 'DURATION', partial: { kind: 'literal', value: 'P9M' } };
      // Bare "year-earlier" modifies the noun after it, so "the" stays outside.
      return { start: match[4] ? start + match[4].length : start, end, type: 'DATE', partial: { kind: 'offset', unit: 'year', amount: -1, from: 'dct', keepPrecision: true } };
    }
    // "towards the end of the day": only a part of it names the day the story is at; "the day" alone is too often none,
    // and "at the end of the day" is mostly the idiom ("in the end").
    if (match[10]) return { start, end, type: 'DATE', partial: { kind: 'offset', unit: 'day', amount: 0, from: 'story' } };
    const unit = match[8].toLowerCase() as 'year' | 'month' | 'week' | 'decade' | 'century';
    // "the decade ended in 2019" is no twelve-month report period.
    if (match[9] && (unit === 'decade' || unit === 'century')) return null;
    if (match[9]) {
      // "the year ended March 31" names a twelve-month span, and "ended ..." is its anchor, outside the expression.
      return { start, end: end - match[9].length, type: 'DURATION', partial: { kind: 'literal', value: `P1${unit[0].toUpperCase()}` } };
    }
    if (match[7]?.toLowerCase() === 'fiscal' || (match[7] && unit !== 'year')) return null;
    return { start, end, type: 'DATE', partial: { kind: 'offset', unit, amount: 0, from: 'story' } };
  },
};
