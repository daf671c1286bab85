import type { Rule } from '../rule';
import { rulePattern, SEASON, YEAR } from '../patterns';
import { lookup, SEASONS, SHIFT_WORDS } from '../vocabulary';

const SEASON_END = /^(?:\s*(?:[.,;:!?)\n]|$)|\s+(?:of|in|and|or|when|as|before|after|to|for|he|she|they|we|I|it|is|was|will|has|had|months?)\b)/;
const SEASON_CONTEXT = /\b(?:in|during|by|until|since|through|over|early|late|mid)[\s-]+$/i;

/**
 * Seasons: "last fall" (`1998-FA`), "this summer", "the summer of 1969", "winter 2024", "next spring".
 * "Fall" and "spring" are verbs too, so a bare season needs "the", a shift word, a preposition or a year.
 */
export const seasonRule: Rule = {
  name: 'season',
  triggers: Object.keys(SEASONS),
  pattern: rulePattern(`\\b(?:(last|this|next|this\\s+past|this\\s+coming|the)\\s+)?(${SEASON})\\b(?:\\s+(?:of\\s+)?(${YEAR}))?`),
  extract(match, text) {
    const shiftWord = match[1]?.toLowerCase().replace(/\s+/g, ' ');
    const year = match[3] ? Number(match[3]) : undefined;
    if (!shiftWord && year === undefined && !SEASON_CONTEXT.test(text.slice(Math.max(0, match.index - 10), match.index))) return null;
    // "the winter sports", "the spring collection": a season used as a modifier of a noun is not a time.
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 12);
    if ((!shiftWord || shiftWord === 'the') && year === undefined && !SEASON_END.test(after)) return null;
    // "the fall in inflation", "the fall of Rome": "fall" and "spring" are nouns before "in" or "of" and no year.
    if (shiftWord === 'the' && year === undefined && /^(?:fall|spring)$/i.test(match[2]) && /^\s+(?:of|in)\b/i.test(after)) return null;
    return {
      start: match.index,
      end: match.index + match[0].length,
      type: 'DATE',
      partial: { kind: 'calendar', year, season: lookup(SEASONS, match[2]), direction: shiftWord && shiftWord !== 'the' ? lookup(SHIFT_WORDS, shiftWord) : undefined },
    };
  },
};
