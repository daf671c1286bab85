import type { Rule } from '../rule';
import { rulePattern } from '../patterns';

const TIMES: Record<string, string> = { noon: 'T12:00', midday: 'T12:00', midnight: 'T24:00' };

/** Named clock times: "noon", "midday", "midnight" (TIMEX3 writes midnight as `T24:00`, the day's end). */
export const namedTimeRule: Rule = {
  name: 'named-time',
  triggers: Object.keys(TIMES),
  pattern: rulePattern(`\\b(noon|midday|midnight)\\b(?!-)`),
  extract(match) {
    const time = TIMES[match[1].toLowerCase()];
    return { start: match.index, end: match.index + match[0].length, type: 'TIME', partial: { kind: 'offset', unit: 'day', amount: 0, from: 'narrative', time } };
  },
};
