import type { Rule } from '../rule';
import { rulePattern } from '../patterns';
import { alternation, lookup, ORDINALS } from '../vocabulary';
import { AD, BC } from './era-year';

/**
 * A millennium, as TimeML writes one (a single digit, the thousands of its years): "the 4th millennium BC" -> `BC3`,
 * "the second millennium" -> `1`, "the third millennium AD" -> `2`. As with centuries (century.ts), only an
 * upper-case marker is an era.
 */
export const millenniumRule: Rule = {
  name: 'millennium',
  triggers: ['millennium'],
  pattern: rulePattern(`\\b(?:the\\s+)?(\\d(?:st|nd|rd|th)|${alternation(Object.keys(ORDINALS))})[\\s-]+millennium\\b(\\s+(${BC}|${AD})(?![\\w.]*\\w))?`),
  extract(match) {
    const word = match[1].toLowerCase();
    const n = /^\d/.test(word) ? parseInt(word, 10) : lookup(ORDINALS, word);
    if (!n || n < 1 || n > 9) return null;
    const [, , eraPart, marker] = match;
    const era = marker !== undefined && marker === marker.toUpperCase() ? marker : undefined;
    const end = match.index + match[0].length - (eraPart !== undefined && !era ? eraPart.length : 0);
    return { start: match.index, end, type: 'DATE', partial: { kind: 'literal', value: `${era && /^B/.test(era) ? 'BC' : ''}${n - 1}` } };
  },
};
