import type { Rule } from '../rule';
import { DAY_PART, rulePattern } from '../patterns';
import { DAY_PARTS, lookup } from '../vocabulary';
import { insideQuote } from '../inside-quote';

const DAYS: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1, 'this': 0, last: -1 };

/**
 * Days named relative to the publication date: "today", "yesterday morning", "tomorrow night",
 * "tonight" (`TNI`), "this morning", "last night". A part of the day makes it a TIME.
 */
export const dayWordRule: Rule = {
  name: 'day-word',
  triggers: ['today', 'tonight', 'yesterday', 'tomorrow', 'morning', 'afternoon', 'evening', 'night', 'overnight'],
  pattern: rulePattern(`\\b(?:(today|tonight|yesterday|tomorrow)(?:\\s+(${DAY_PART}))?|(this|last)\\s+(${DAY_PART}))\\b`),
  extract(match, text) {
    const word = (match[1] ?? match[3]).toLowerCase();
    // "'We go tomorrow,' he said": a quotation speaks from its speaker's day, which in a history is the story's.
    const quoted = insideQuote(text, match.index);
    const partWord = match[2] ?? match[4] ?? (word === 'tonight' ? 'night' : undefined);
    if (word === 'last' && partWord?.toLowerCase() !== 'night') return null;
    const part = partWord ? lookup(DAY_PARTS, partWord) : undefined;
    return {
      start: match.index,
      end: match.index + match[0].length,
      type: part ? 'TIME' : 'DATE',
      partial: { kind: 'offset', unit: 'day', amount: DAYS[word], ...(quoted ? { from: 'story', quoted } : { from: 'dct' }), time: part && `T${part}`, nowadays: word === 'today' && !part && !quoted ? true : undefined },
    };
  },
};
