import type { Rule } from '../rule';
import { rulePattern } from '../patterns';
import { ordinalEra } from '../ordinal-era';
import { alternation, ORDINALS } from '../vocabulary';
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
    const { n, bc, end } = ordinalEra(match);
    if (!n || n < 1 || n > 9) return null;
    return { start: match.index, end, type: 'DATE', partial: { kind: 'literal', value: `${bc ? 'BC' : ''}${n - 1}` } };
  },
};
