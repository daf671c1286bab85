import type { Rule } from '../rule';
import { rulePattern, YEAR } from '../patterns';
import { alternation } from '../vocabulary';
import { HOLIDAYS } from '../holidays';

const NAMES = alternation(Object.keys(HOLIDAYS)).replace(/'/g, "['’]?");

/** Holidays: "Thanksgiving Day", "Christmas Eve", "Easter 2024", "last Christmas", "New Year's Day". */
export const holidayRule: Rule = {
  name: 'holiday',
  triggers: Object.keys(HOLIDAYS).map((name) => name.split(' ').pop()!),
  pattern: rulePattern(`\\b(?:(last|next|this)\\s+)?(${NAMES})(?![\\w'’])(?:,?\\s+(${YEAR}))?`),
  extract(match) {
    const name = match[2].toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
    const key = Object.keys(HOLIDAYS).find((k) => k.replace(/'/g, '') === name.replace(/'/g, ''));
    // Names are capitalised; "easter" or "thanksgiving" in lower case is rarer and often not the day.
    if (!key || match[2][0] !== match[2][0].toUpperCase()) return null;
    const shift = match[1]?.toLowerCase();
    return {
      start: match.index,
      end: match.index + match[0].length,
      type: 'DATE',
      partial: { kind: 'holiday', name: key, year: match[3] ? Number(match[3]) : undefined, direction: shift === 'last' ? -1 : shift === 'next' ? 1 : shift === 'this' ? 0 : undefined },
    };
  },
};
