import type { Rule } from '../rule';
import { DAY_PART, rulePattern, WEEKDAY } from '../patterns';
import { DAY_PARTS, lookup, SHIFT_WORDS, WEEKDAYS } from '../vocabulary';

/**
 * A weekday, perhaps shifted or with a part of the day: "Friday", "last Tuesday", "next Monday", "Sunday night".
 * "the previous Friday", "the following Monday" and "that Sunday" count from the day the story is at, not from the DCT.
 */
export const weekdayRule: Rule = {
  name: 'weekday',
  triggers: Object.keys(WEEKDAYS).map((w) => w.replace('.', '')),
  pattern: rulePattern(`\\b(?:(last|next|this|this\\s+past|this\\s+coming|coming|past|the\\s+(?:previous|preceding|following|next)|that(?:\\s+same)?)\\s+)?(${WEEKDAY})(?!\\w)(?:\\s+(${DAY_PART})\\b)?`),
  extract(match) {
    const weekday = lookup(WEEKDAYS, match[2])!;
    const part = match[3] ? lookup(DAY_PARTS, match[3]) : undefined;
    // "that Sunday" names the week the story is at, shifted nowhere.
    const shift = match[1]?.replace(/^the\s+/i, '').replace(/^that(?:\s+same)?$/i, '') || undefined;
    return {
      start: match.index,
      end: match.index + match[0].length,
      // TimeML corpora type "Friday night" as a DATE: the day is what it names.
      type: 'DATE',
      partial: {
        kind: 'weekday',
        weekday,
        direction: shift ? lookup(SHIFT_WORDS, shift) : undefined,
        time: part && `T${part}`,
        from: shift !== match[1] ? 'narrative' : undefined,
      },
    };
  },
};
