import type { Rule } from '../rule';
import { rulePattern } from '../patterns';
import { durationValue } from '../duration-value';

/** How many times the event recurs, as a word: it decides nothing in the value, only that this is a frequency. */
const TIMES = '(?:once|twice|thrice|(?:\\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|several|a\\s+few)\\s+times)';

/**
 * A frequency over a calendar unit: "twice a year", "once a week", "three times per day". TimeML
 * writes it as a SET of that unit (`P1Y`, with the count in `freq`, which we do not carry), and the
 * count belongs in the extent. "twice" alone ("he was arrested twice") is no time expression.
 */
export const frequencyRule: Rule = {
  name: 'frequency',
  triggers: ['once', 'twice', 'thrice', 'times'],
  pattern: rulePattern(`\\b${TIMES}\\s+(?:a|an|per|each|every)\\s+(hour|day|night|week|month|quarter|year|decade)\\b(?!-)`),
  extract(match) {
    const unit = match[1].toLowerCase();
    const value = durationValue(1, unit === 'night' ? 'day' : unit);
    return value ? { start: match.index, end: match.index + match[0].length, type: 'SET', partial: { kind: 'literal', value } } : null;
  },
};
