import type { Rule } from '../rule';
import { rulePattern } from '../patterns';
import { alternation, DAY_PARTS, lookup, TWILIGHTS } from '../vocabulary';

/** Hours in words, as "nine in the morning" tells them. */
const CLOCK_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};

/**
 * A part of the day the story is at: "in the morning", "by mid afternoon", "during the night",
 * "overnight" (`TMO`, `TAF`, `TEV`, `TNI`), "at dawn", "by nightfall" (the part of the day they fall in), and a clock
 * hour told that way: "4 in the morning", "nine in the morning" (`T04:00`, `T09:00`).
 * "in the middle of the night" is the night (`MID`, see attach-modifiers.ts).
 * A bare "morning" needs its preposition and "the" or "mid": "Morning Edition", "a night club" and
 * "works at night" are no times.
 */
/** What follows an adverb rather than an adjective: a clause's end or a preposition, not a noun ("overnight losses"). */
const ADVERB_FOLLOWS = /^(?:\s*(?:[,.;:!?"”)]|$)|\s+(?:to|on|in|at|and|but|or|as|before|after|while|when|from|into|until|with|for|by|because|so)\b)/;

export const dayPartRule: Rule = {
  name: 'day-part',
  triggers: ['morning', 'afternoon', 'evening', 'night', 'overnight', ...Object.keys(TWILIGHTS)],
  pattern: rulePattern(
    `\\b(?:(\\d{1,2}|${alternation(Object.keys(CLOCK_WORDS))})\\s+(?:o'?clock\\s+)?in\\s+the\\s+(morning|afternoon|evening)|(?<=\\b(?:in|into|during|by|at|until|till|through|throughout)\\s+(?:(?:mid|early|late)[\\s-]?|the\\s+middle\\s+of\\s+)?)((?:the\\s+)?(morning|afternoon|evening|night))|(overnight)|(?<=\\b(?:at|by|before|after|until|till|towards?)\\s+)(${alternation(Object.keys(TWILIGHTS))}))\\b(?!-|\\s+(?:of|shift|club|class|session|sky|paper|edition|show|flight)\\b)`,
  ),
  extract(match, text) {
    const start = match.index;
    const end = match.index + match[0].length;
    if (match[1] !== undefined) {
      const hour = CLOCK_WORDS[match[1].toLowerCase()] ?? Number(match[1]);
      if (hour < 1 || hour > 12) return null;
      const h = match[2].toLowerCase() === 'morning' ? hour % 12 : (hour % 12) + 12;
      return { start, end, type: 'TIME', partial: { kind: 'offset', unit: 'day', amount: 0, from: 'narrative', time: `T${String(h).padStart(2, '0')}:00` } };
    }
    const part = match[6] !== undefined ? lookup(TWILIGHTS, match[6]) : lookup(DAY_PARTS, match[4] ?? match[5]);
    if (!part) return null;
    // "works at night" is a habit; "in the night", "by mid afternoon" are a time.
    if (match[3] !== undefined && !/^the\s/i.test(match[3]) && !/(?:mid|early|late)[\s-]?$/i.test(text.slice(Math.max(0, start - 6), start))) return null;
    // "overnight" is the night that ends on the day the story is at: "hit by overnight losses in New York" on a Friday is Thursday night.
    // As an adverb after another day ("worked on Sunday and overnight", "will clear overnight" after a Saturday ahead) it is the
    // night that follows it (see resolve.ts).
    const overnight = match[5] !== undefined;
    const nightAfter = overnight && ADVERB_FOLLOWS.test(text.slice(end, end + 12));
    return { start, end, type: 'TIME', partial: { kind: 'offset', unit: 'day', amount: overnight ? -1 : 0, from: 'narrative', time: `T${part}`, ...(nightAfter && { nightAfterDay: true }) } };
  },
};
