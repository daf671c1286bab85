import type { Rule } from '../rule';
import { rulePattern } from '../patterns';
import { durationValue } from '../duration-value';

const ADVERBS: Record<string, string> = {
  hourly: 'PT1H', daily: 'P1D', nightly: 'P1D', weekly: 'P1W', biweekly: 'P2W', fortnightly: 'P2W', monthly: 'P1M',
  quarterly: 'P3M', annually: 'P1Y', yearly: 'P1Y', annual: 'P1Y', biennial: 'P2Y', biennially: 'P2Y',
};

/** Recurring times: "daily", "weekly", "quarterly", "every day", "each year", "every other week", "per month". */
export const setRule: Rule = {
  name: 'set',
  triggers: ['hourly', 'daily', 'nightly', 'weekly', 'biweekly', 'fortnightly', 'monthly', 'quarterly', 'annually', 'yearly', 'biennially', 'every', 'each', 'per'],
  pattern: rulePattern(`\\b(?:(hourly|daily|nightly|weekly|biweekly|fortnightly|monthly|quarterly|annually|yearly|biennially)|(?:every|each|per)\\s+(other\\s+)?(hour|day|night|week|month|quarter|year|decade|summer|winter|spring|fall|autumn|morning|evening))\\b(?!-)`),
  extract(match, text) {
    const start = match.index;
    const end = match.index + match[0].length;
    // "its quarterly dividend", "the Communist Party daily Granma": an adjective or a newspaper, not a recurrence.
    if (match[1] && /^\s+(?:[A-Z]|(?!(?:and|or|but|to|in|on|at|by|for|from|since|until|through|over|with|as|than|while|because|if|when|the|a|an)\b)[a-z])/.test(text.slice(end, end + 20))) return null;
    if (match[1]) return { start, end, type: 'SET', partial: { kind: 'literal', value: ADVERBS[match[1].toLowerCase()] } };
    const unit = match[3].toLowerCase();
    const every = match[2] ? 2 : 1;
    const value = unit === 'night' || unit === 'morning' || unit === 'evening'
      ? `P${every}D`
      : /^(?:summer|winter|spring|fall|autumn)$/.test(unit)
        ? `P${every}Y`
        : durationValue(every, unit);
    return value ? { start, end, type: 'SET', partial: { kind: 'literal', value } } : null;
  },
};
