import type { Rule } from '../rule';
import { rulePattern } from '../patterns';
import { lookup, SHIFT_WORDS } from '../vocabulary';

/**
 * A season of play counted from the DCT: "this season", "last season", "next season". Valued by the year it
 * begins, as "the 2023-24 season" is (season-span.ts). "the next season" of a show and "the show's last season" are
 * ordinals, not times.
 */
export const seasonOfPlayRule: Rule = {
  name: 'season-of-play',
  triggers: ['season'],
  pattern: rulePattern(`(?<!\\b(?:the|its|their|his|her|our|my|your)\\s+|['’]s\\s+)\\b(this|last|next)\\s+season\\b(?!-)`),
  extract(match) {
    return { start: match.index, end: match.index + match[0].length, type: 'DATE', partial: { kind: 'season-of-play', shift: lookup(SHIFT_WORDS, match[1])! } };
  },
};
