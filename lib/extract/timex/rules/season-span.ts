import type { Rule } from '../rule';
import { rulePattern, YEAR } from '../patterns';

/**
 * A season, campaign or school year across the turn of a year: "the 2023-24 season", "the 2019/2020 school year".
 * Valued by the year it begins, as "the winter of 1941–42" is (season.ts): TIMEX3 has no value for a span of two.
 * The second year must follow the first, so "the 2019-21 period" and scores stay out.
 */
export const seasonSpanRule: Rule = {
  name: 'season-span',
  triggers: ['season', 'campaign', 'year'],
  pattern: rulePattern(`\\b(?:the\\s+)?(${YEAR})[-–/](\\d{2}(?:\\d{2})?)\\s+(?:season|campaign|(?:school|academic)\\s+year)\\b`),
  extract(match) {
    const first = Number(match[1]);
    const second = Number(match[2]);
    if (second !== (match[2].length === 2 ? (first + 1) % 100 : first + 1)) return null;
    return { start: match.index, end: match.index + match[0].length, type: 'DATE', partial: { kind: 'literal', value: String(first) } };
  },
};
