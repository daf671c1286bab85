import type { Rule } from '../rule';
import { rulePattern } from '../patterns';

/** Words before a military time that make its "hours" a clock reading, not a count ("logged 1200 hours"). */
const AT_CLOCK = /\b(?:at|by|until|till|from|before|after|around|about|since)\s+$/i;

/**
 * Wire-service clock times: four digits and a zone, "1930 GMT", "0800 UTC". The zone tells them from
 * years, and TimeML keeps it in the extent as it does "9 a.m. EST". So does "hours" on a military time after a
 * preposition: "at 0630 hours", "at 05:30 hours".
 */
export const zonedClockRule: Rule = {
  name: 'zoned-clock',
  triggers: ['gmt', 'utc', 'hours'],
  pattern: rulePattern(`\\b([01]\\d|2[0-3])(:?)([0-5]\\d)\\s+(GMT|UTC|hours)\\b`),
  extract(match, text) {
    const [, hour, colon, minute, marker] = match;
    const military = /^hours$/i.test(marker);
    // "19:30 UTC" is chrono's; only the four bare digits need the zone to be a time.
    if (colon && !military) return null;
    if (military && !AT_CLOCK.test(text.slice(Math.max(0, match.index - 10), match.index))) return null;
    const time = `T${hour}:${minute}`;
    return { start: match.index, end: match.index + match[0].length, type: 'TIME', partial: { kind: 'offset', unit: 'day', amount: 0, from: 'narrative', time } };
  },
};
