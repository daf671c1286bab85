import type { Rule } from '../rule';
import { rulePattern } from '../patterns';

const LETTERS: Record<string, string> = { minutes: 'TXM', hours: 'TXH', days: 'XD', weeks: 'XW', months: 'XM', years: 'XY', decades: 'XE', centuries: 'XC' };

/**
 * An unspecified number of units after a preposition of extent: "for years" (`PXY`), "for
 * centuries" (`PXC`), "in the years that followed", "within hours". The preposition and "the" stay outside.
 */
export const vagueDurationRule: Rule = {
  name: 'vague-duration',
  pattern: rulePattern(`(?<=\\b(?:for|over|in|within|during|after|before)\\s+(?:the\\s+)?)(minutes|hours|days|weeks|months|years|decades|centuries)\\b(?!-|\\s+of\\b|\\s+(?:ago|earlier|later|old)\\b)`),
  extract(match) {
    const value = `P${LETTERS[match[1].toLowerCase()]}`;
    return { start: match.index, end: match.index + match[0].length, type: 'DURATION', partial: { kind: 'literal', value } };
  },
};
