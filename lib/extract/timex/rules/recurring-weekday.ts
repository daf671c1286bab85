import type { Rule } from '../rule';
import { rulePattern, WEEKDAY } from '../patterns';
import { DAY_PARTS, lookup, WEEKDAYS } from '../vocabulary';

const PARTS = 'mornings|afternoons|evenings|nights';
const PLURAL_WEEKDAYS = 'mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays';

/**
 * Weekdays said in the plural recur: "on Tuesdays" (`XXXX-WXX-2`), "Friday nights" and "Sunday
 * mornings" (`XXXX-WXX-5TNI`), "Monday and Tuesday nights" (both), "at weekends" (`XXXX-WXX-WE`). TimeML's ISO weekdays run Monday 1 to Sunday 7.
 */
export const recurringWeekdayRule: Rule = {
  name: 'recurring-weekday',
  triggers: [...PLURAL_WEEKDAYS.split('|'), ...PARTS.split('|'), 'weekends'],
  // The last alternative is the first of two weekdays that share a plural part: "on Monday [and Tuesday nights]".
  pattern: rulePattern(`\\b(?:(weekends)|(${PLURAL_WEEKDAYS})(?:\\s+(${PARTS}))?|(${WEEKDAY})\\s+(${PARTS})|(${WEEKDAY})(?=\\s+(?:and|or)\\s+${WEEKDAY}\\s+(${PARTS})\\b))\\b`),
  extract(match) {
    const start = match.index;
    const end = match.index + match[0].length;
    if (match[1]) return { start, end, type: 'SET', partial: { kind: 'literal', value: 'XXXX-WXX-WE' } };
    const day = match[2] ? match[2].slice(0, -1) : (match[4] ?? match[6]);
    const weekday = lookup(WEEKDAYS, day);
    if (weekday === undefined) return null;
    const part = match[3] ?? match[5] ?? match[7];
    const time = part ? `T${DAY_PARTS[part.toLowerCase().slice(0, -1)]}` : '';
    return { start, end, type: 'SET', partial: { kind: 'literal', value: `XXXX-WXX-${weekday === 0 ? 7 : weekday}${time}` } };
  },
};
