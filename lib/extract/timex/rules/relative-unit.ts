import type { Rule } from '../rule';
import { durationValue } from '../duration-value';
import { rulePattern } from '../patterns';
import type { Unit } from '../partial';
import { lookup, SHIFT_WORDS } from '../vocabulary';
import { insideQuote } from '../inside-quote';

const UNITS: Record<string, Unit> = { week: 'week', weekend: 'weekend', month: 'month', quarter: 'quarter', year: 'year', decade: 'decade', century: 'century' };

/**
 * A calendar unit shifted from the publication date: "last week", "next year", "this month",
 * "the coming year", "the previous quarter", "this weekend"; "the past fortnight" is two weeks.
 */
export const relativeUnitRule: Rule = {
  name: 'relative-unit',
  triggers: ['week', 'weekend', 'fortnight', 'month', 'quarter', 'year', 'decade', 'century'],
  pattern: rulePattern(`\\b(?:(last|next|this|this\\s+past|this\\s+coming)|the\\s+(previous|prior|preceding|coming|current|present|past|upcoming))\\s+(week|weekend|fortnight|month|quarter|year|decade|century)\\b(?!-)`),
  extract(match, text) {
    // "the past fortnight", "the next fortnight": no calendar unit, only the two weeks around now.
    if (match[3].toLowerCase() === 'fortnight') return { start: match.index, end: match.index + match[0].length, type: 'DURATION', partial: { kind: 'literal', value: 'P2W' } };
    const unit = UNITS[match[3].toLowerCase()];
    const amount = lookup(SHIFT_WORDS, match[1] ?? match[2])!;
    if (match[2]?.toLowerCase() === 'past') {
      // "the past year" is a stretch of time ending now, not a calendar year.
      if (unit === 'weekend') return null;
      return { start: match.index, end: match.index + match[0].length, type: 'DURATION', partial: { kind: 'literal', value: durationValue(1, unit)! } };
    }
    // "the previous year" in a history is the year before the story's; in the news, before the DCT's. So is "next
    // year" in a quotation: the speaker's year, which in the news is the DCT's.
    const quoted = insideQuote(text, match.index) || undefined;
    const from = /^(?:previous|prior|preceding)$/i.test(match[2] ?? '') || quoted ? 'story' : 'dct';
    return {
      start: match.index,
      end: match.index + match[0].length,
      type: 'DATE',
      partial: { kind: 'offset', unit, amount, from, quoted },
    };
  },
};
