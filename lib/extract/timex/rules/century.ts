import type { Rule } from '../rule';
import { rulePattern } from '../patterns';
import { ordinalEra } from '../ordinal-era';
import { alternation, ORDINALS } from '../vocabulary';
import { AD, BC } from './era-year';

/**
 * A century: "the 19th century" -> `18`, "the twentieth century" -> `19`, and with its era:
 * "the 3rd century BC" -> `BC02` (as TimeML writes years before Christ, `BC0044`), "the 2nd century AD" -> `01`.
 */
const OWNER_BEFORE = /(?:['’]s?|\b(?:his|her|their|its|my|your|our))\s+$/i;

export const centuryRule: Rule = {
  name: 'century',
  triggers: ['century'],
  pattern: rulePattern(`\\b(?:the\\s+)?(\\d{1,2}(?:st|nd|rd|th)|${alternation(Object.keys(ORDINALS))})[\\s-]+century\\b(\\s+(${BC}|${AD})(?![\\w.]*\\w))?`),
  extract(match, text) {
    // "Root's fourth century", "his 30th century": a batsman's hundred runs. An age is "the" century, never someone's.
    if (!/^the\s/i.test(match[0]) && OWNER_BEFORE.test(text.slice(Math.max(0, match.index - 12), match.index))) return null;
    const { n, bc, end } = ordinalEra(match);
    if (!n || n < 1 || n > 30) return null;
    const value = (bc ? 'BC' : '') + String(n - 1).padStart(2, '0');
    return { start: match.index, end, type: 'DATE', partial: { kind: 'literal', value } };
  },
};
