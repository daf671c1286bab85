import { reportsAGame } from '../game-report';
import type { Rule } from '../rule';
import { rulePattern, YEAR } from '../patterns';
import { lookup, ORDINALS } from '../vocabulary';

export const ORDINAL = '(first|second|third|fourth|1st|2nd|3rd|4th|final|last)';

/**
 * Quarters and halves of a (fiscal) year: "the third quarter", "third-quarter", "the fourth quarter of 1989",
 * "fiscal 1989's first quarter", "the second quarter of next year", "the second half of the year", "Q1 2024", "the first half".
 */
export const quarterRule: Rule = {
  name: 'quarter',
  triggers: ['quarter', 'quarters', 'half', 'q1', 'q2', 'q3', 'q4'],
  pattern: rulePattern(
    `\\b(?:(?:the\\s+)?(?:(${YEAR})(?:'s)?\\s+|(this|last|next)\\s+year's\\s+)?(?:fiscal\\s+)?${ORDINAL}(?:[\\s-]+fiscal)?[\\s-]+(quarter|half)(?:\\s+of\\s+(?:(?:fiscal\\s+)?(${YEAR})|(this|last|next)\\s+year|(the)\\s+year))?|Q([1-4])(?:\\s+(${YEAR}))?)\\b`,
  ),
  extract(match, text) {
    const start = match.index;
    const end = match.index + match[0].length;
    const yearText = match[1] ?? match[5] ?? match[9];
    const year = yearText ? Number(yearText) : undefined;
    const shiftWord = match[2] ?? match[6];
    const yearShift = shiftWord ? { last: -1, this: 0, next: 1 }[shiftWord.toLowerCase()] : undefined;
    if (match[8]) return { start, end, type: 'DATE', partial: { kind: 'calendar', year, quarter: Number(match[8]) } };
    const n = lookup(ORDINALS, match[3])!;
    const half = match[4].toLowerCase() === 'half';
    const index = n === -1 ? (half ? 2 : 4) : n;
    if (index > (half ? 2 : 4)) return null;
    // "the second half of the year" is the year under way, not the latest half begun.
    const direction = match[7] ? 0 : undefined;
    // A half or quarter said with no year and no fiscal year in a match report is the game's.
    if (year === undefined && yearShift === undefined && direction === undefined && !/fiscal/i.test(match[0]) && reportsAGame(text)) return null;
    return { start, end, type: 'DATE', partial: { kind: 'calendar', year, yearShift, direction, ...(half ? { half: index } : { quarter: index }) } };
  },
};
