import type { Rule } from '../rule';
import { DAY_PART, rulePattern, WEEKDAY } from '../patterns';
import { DAY_PARTS, lookup, SHIFT_WORDS, WEEKDAYS } from '../vocabulary';

/** A weekday, perhaps shifted or with a part of the day: "Friday", "last Tuesday", "next Monday", "Sunday night". */
export const weekdayRule: Rule = {
  name: 'weekday',
  triggers: Object.keys(WEEKDAYS).map((w) => w.replace('.', '')),
  pattern: rulePattern(`\\b(?:(last|next|this|this\\s+past|this\\s+coming|coming|past)\\s+)?(${WEEKDAY})(?!\\w)(?:\\s+(${DAY_PART})\\b)?`),
  extract(match) {
    const weekday = lookup(WEEKDAYS, match[2])!;
    const part = match[3] ? lookup(DAY_PARTS, match[3]) : undefined;
    return {
      start: match.index,
      end: match.index + match[0].length,
      // TimeML corpora type "Friday night" as a DATE: the day is what it names.
      type: 'DATE',
      partial: { kind: 'weekday', weekday, direction: match[1] ? lookup(SHIFT_WORDS, match[1]) : undefined, time: part && `T${part}` },
    };
  },
};
