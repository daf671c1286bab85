import type { Rule } from '../rule';
import { rulePattern } from '../patterns';

/**
 * "at that time", "by that time", "until that time": the date the story is at, as precisely as it was told
 * ("In 1789 ... At that time" is 1789), or some time past when the text has told none. The preposition stays outside, as TimeML leaves it.
 */
export const thatTimeRule: Rule = {
  name: 'that-time',
  triggers: ['time'],
  pattern: rulePattern(`(?<=\\b(?:at|by|until|till|since|before|after)\\s+)that\\s+time\\b(?!\\s+(?:of|when|in)\\b)`),
  extract(match) {
    return { start: match.index, end: match.index + match[0].length, type: 'DATE', partial: { kind: 'story-time' } };
  },
};
