import type { Rule } from '../rule';
import { rulePattern } from '../patterns';

/**
 * Wire-service clock times: four digits and a zone, "1930 GMT", "0800 UTC". The zone tells them from
 * years, and TimeML keeps it in the extent as it does "9 a.m. EST".
 */
export const zonedClockRule: Rule = {
  name: 'zoned-clock',
  triggers: ['gmt', 'utc'],
  pattern: rulePattern(`\\b([01]\\d|2[0-3])([0-5]\\d)\\s+(?:GMT|UTC)\\b`),
  extract(match) {
    const time = `T${match[1]}:${match[2]}`;
    return { start: match.index, end: match.index + match[0].length, type: 'TIME', partial: { kind: 'offset', unit: 'day', amount: 0, from: 'narrative', time } };
  },
};
