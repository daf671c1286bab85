import type { Rule } from '../rule';
import { DURATION_UNIT, MONTH, NUMBER, rulePattern, WEEKDAY } from '../patterns';
import { parseNumber } from '../numbers';
import { durationValue } from '../duration-value';
import { pad } from '../calendar';
import { DAY_PARTS, lookup, MONTHS, ORDINALS, SEASONS, WEEKDAYS } from '../vocabulary';

const ADVERBS: Record<string, string> = {
  hourly: 'PT1H', daily: 'P1D', nightly: 'P1D', weekly: 'P1W', biweekly: 'P2W', fortnightly: 'P2W', monthly: 'P1M',
  quarterly: 'P3M', annually: 'P1Y', yearly: 'P1Y', biennially: 'P2Y',
};
/** "its quarterly dividend", "yearly results": a kind of financial statement, not a recurrence ("a daily rally" is one). */
const REPORT_NOUN = /^\s+(?:cash\s+)?(?:dividends?|reports?|results|earnings|profits?|loss(?:es)?|payments?|statements?|figures|sales|revenues?|returns?|data)\b/i;

/** "a daily" as a noun: an article before it and no noun after it. */
const NEWSPAPER = /\b(?:a|the)\s+\|(?:\s*[.,;:)]|\s+(?:and|or|in|of|with|that|which|for|since)\b)/i;

/**
 * Recurring times: "daily", "weekly", "quarterly", "every day", "each year", "every other week", "every third year",
 * "per month", "each Thursday" (`XXXX-WXX-4`), "every July" (`XXXX-07`), "every fall" (`XXXX-FA`), "every four years" (`P4Y`),
 * "every few hours" (`PTXH`).
 */
export const setRule: Rule = {
  name: 'set',
  triggers: [...Object.keys(ADVERBS), 'every', 'each', 'per'],
  pattern: rulePattern(
    `\\b(?:(${Object.keys(ADVERBS).join('|')})|(?:every|each|per)\\s+(?:(other|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\\s+)?(hour|day|night|week|month|quarter|year|decade|summer|winter|spring|fall|autumn|morning|afternoon|evening)|(?:every|each)\\s+(${WEEKDAY}|${MONTH})|every\\s+(${NUMBER}|few|several|couple\\s+of)\\s+(${DURATION_UNIT}))\\b(?!-)`,
  ),
  extract(match, text) {
    const start = match.index;
    const end = match.index + match[0].length;
    if (match[1]) {
      if (/^(?:quarterly|annually|yearly)$/i.test(match[1]) && REPORT_NOUN.test(text.slice(end, end + 24))) return null;
      // "the Communist Party daily Granma", "it became a daily and cut its price": a newspaper.
      if (/^(?:daily|weekly|monthly)$/i.test(match[1]) && (/^\s+[A-Z]/.test(text.slice(end, end + 3)) || NEWSPAPER.test(text.slice(Math.max(0, start - 8), start) + '|' + text.slice(end, end + 6)))) return null;
      return { start, end, type: 'SET', partial: { kind: 'literal', value: ADVERBS[match[1].toLowerCase()] } };
    }
    if (match[5]) {
      // "every four years" -> P4Y; "every few hours" -> PTXH, a period of no stated length.
      const vague = /^(?:few|several|couple)/i.test(match[5]);
      const value = durationValue(vague ? undefined : parseNumber(match[5]), match[6]);
      return value && (vague || !value.includes('X')) ? { start, end, type: 'SET', partial: { kind: 'literal', value } } : null;
    }
    if (match[4]) {
      const weekday = lookup(WEEKDAYS, match[4]);
      const value = weekday !== undefined ? `XXXX-WXX-${weekday === 0 ? 7 : weekday}` : `XXXX-${pad(lookup(MONTHS, match[4])!)}`;
      return { start, end, type: 'SET', partial: { kind: 'literal', value } };
    }
    const unit = match[3].toLowerCase();
    // "every other week" and "every second week" are fortnightly; "every third year" is P3Y.
    const every = match[2] ? (/^other$/i.test(match[2]) ? 2 : lookup(ORDINALS, match[2])!) : 1;
    const season = lookup(SEASONS, unit);
    // "every fall" is each fall, XXXX-FA (TimeML's "the past three summers" is XXXX-SU); "every other fall" has only its period.
    // "every morning" is each morning, XXXX-XX-XXTMO, as "Sunday mornings" is XXXX-WXX-7TMO; "every other night" has only its period.
    const part = DAY_PARTS[unit];
    const value = part
      ? (every === 1 ? `XXXX-XX-XXT${part}` : `P${every}D`)
      : season
        ? (every === 1 ? `XXXX-${season}` : `P${every}Y`)
        : durationValue(every, unit);
    return value ? { start, end, type: 'SET', partial: { kind: 'literal', value } } : null;
  },
};
