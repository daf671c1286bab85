import type { Rule } from '../rule';
import { rulePattern } from '../patterns';

/** Words for the present, past or future as a whole, with their TIMEX3 reference values. */
const REFERENCES: Array<[RegExp, string]> = [
  [/^(?:now|right now|currently|current|nowadays|these days|present|the moment|the present|presently|today's)$/i, 'PRESENT_REF'],
  [/^(?:the other day|recently|recent|lately|the past|previously|formerly|recent (?:years|months|weeks|days|decades))$/i, 'PAST_REF'],
  [/^(?:the future|future|soon|the coming (?:years|months|weeks|days)|the years ahead|the months ahead)$/i, 'FUTURE_REF'],
];

/**
 * Fuzzy references: "now", "currently", "recently", "in recent years" ("recent years"), "the past",
 * "the future", "soon". "Former" is a role, not a time, and is not tagged.
 */
export const fuzzyReferenceRule: Rule = {
  name: 'fuzzy-reference',
  pattern: rulePattern(
    `\\b(?:right\\s+now|now|currently|current|nowadays|these\\s+days|(?<=\\bat\\s+)(?:present|the\\s+moment)|the\\s+other\\s+day|presently|recently|recent(?:\\s+(?:years|months|weeks|days|decades))?|lately|the\\s+past|previously|the\\s+future|future|soon|the\\s+coming\\s+(?:years|months|weeks|days)|the\\s+(?:years|months)\\s+ahead)\\b`,
  ),
  extract(match, text) {
    const phrase = match[0].replace(/\s+/g, ' ');
    const value = REFERENCES.find(([pattern]) => pattern.test(phrase))?.[1];
    if (!value) return null;
    // "now" as a discourse marker after a comma or "and" still refers to the present; "future" and "current" as nouns of
    // other things ("futures contracts", "electric current") do not.
    if (/^future$/i.test(phrase) && /^s\b|^\s+(?:contracts?|exchange)/i.test(text.slice(match.index + match[0].length, match.index + match[0].length + 12))) return null;
    return { start: match.index, end: match.index + match[0].length, type: 'DATE', partial: { kind: 'literal', value } };
  },
};
