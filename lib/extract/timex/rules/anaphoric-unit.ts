import type { Rule } from '../rule';
import { rulePattern } from '../patterns';
import type { Unit } from '../partial';

const UNITS: Record<string, Unit> = { day: 'day', week: 'week', month: 'month', year: 'year', quarter: 'quarter', weekend: 'weekend', decade: 'decade', century: 'century', morning: 'day', afternoon: 'day', evening: 'day', night: 'day' };
const PARTS: Record<string, string> = { morning: 'TMO', afternoon: 'TAF', evening: 'TEV', night: 'TNI' };
const SHIFTS: Record<string, number> = { following: 1, next: 1, previous: -1, preceding: -1, prior: -1, same: 0, that: 0 };

/**
 * A unit shifted from the last date the text mentioned (narrative time): "the following day",
 * "the next week", "the previous year", "that month", "that same year", "the same day", "the day before", "the following decade",
 * "the night before" (the night of the day before).
 */
export const anaphoricUnitRule: Rule = {
  name: 'anaphoric-unit',
  triggers: ['day', 'week', 'weekend', 'month', 'year', 'quarter', 'decade', 'century', 'morning', 'afternoon', 'evening', 'night'],
  pattern: rulePattern(`\\b(?:(?:the\\s+(following|next|previous|preceding|prior|same)|(that)(?:\\s+same)?)\\s+(day|week|weekend|month|year|quarter|decade|century|morning|afternoon|evening|night)|the\\s+(day|week|month|year|morning|afternoon|evening|night)\\s+(before|after)(?=\\s*[.,;:!?]))\\b(?!-)`),
  extract(match) {
    const word = (match[1] ?? match[2] ?? '').toLowerCase();
    const unitWord = (match[3] ?? match[4]).toLowerCase();
    const unit = UNITS[unitWord];
    const part = PARTS[unitWord];
    const amount = match[5] ? (match[5].toLowerCase() === 'before' ? -1 : 1) : SHIFTS[word];
    // "the next year" read from today is the same as "next year"; only the narrative-bound words differ.
    return {
      start: match.index,
      end: match.index + match[0].length,
      type: part ? 'TIME' : 'DATE',
      partial: { kind: 'offset', unit, amount, from: 'narrative', time: part },
    };
  },
};
