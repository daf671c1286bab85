import type { Rule } from '../rule';
import { rulePattern } from '../patterns';
import { alternation, lookup, ORDINALS } from '../vocabulary';

/** A century: "the 19th century" -> `18`, "the twentieth century" -> `19`. */
export const centuryRule: Rule = {
  name: 'century',
  triggers: ['century'],
  pattern: rulePattern(`\\b(?:the\\s+)?(\\d{1,2}(?:st|nd|rd|th)|${alternation(Object.keys(ORDINALS))})[\\s-]+century\\b`),
  extract(match) {
    const word = match[1].toLowerCase();
    const n = /^\d/.test(word) ? parseInt(word, 10) : lookup(ORDINALS, word);
    if (!n || n < 1 || n > 30) return null;
    const value = String(n - 1).padStart(2, '0');
    return { start: match.index, end: match.index + match[0].length, type: 'DATE', partial: { kind: 'literal', value } };
  },
};
