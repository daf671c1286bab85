import type { Rule } from '../rule';
import { rulePattern } from '../patterns';
import { alternation } from '../vocabulary';

/** Days that history names once, with their dates: the Normandy landings and the two victory days of 1945. */
const HISTORIC_DAYS: Record<string, string> = {
  'd-day': '1944-06-06',
  've day': '1945-05-08',
  've-day': '1945-05-08',
  'v-e day': '1945-05-08',
  'vj day': '1945-08-15',
  'vj-day': '1945-08-15',
  'v-j day': '1945-08-15',
};

/**
 * A named day of history: "D-Day" (1944-06-06), "VE Day", "VJ Day". Capitalised only: "the d-day for the
 * merger" and "D-Day for the vote" are any decisive day. "D-Day minus one" and other counts from it are left alone.
 */
export const historicDayRule: Rule = {
  name: 'historic-day',
  triggers: ['day', 'd-day', 've-day', 'vj-day'],
  pattern: rulePattern(`\\b(${alternation(Object.keys(HISTORIC_DAYS))})\\b(?!-|\\s+(?:minus|plus|for)\\b)`),
  extract(match) {
    if (!/^[DV]/.test(match[1])) return null;
    const value = HISTORIC_DAYS[match[1].toLowerCase().replace(/\s+/g, ' ')];
    return value ? { start: match.index, end: match.index + match[0].length, type: 'DATE', partial: { kind: 'literal', value } } : null;
  },
};
