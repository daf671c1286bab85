import type { Rule } from '../rule';
import { rulePattern } from '../patterns';

const LETTERS: Record<string, string> = { minutes: 'TXM', hours: 'TXH', days: 'XD', weeks: 'XW', months: 'XM', years: 'XY', decades: 'XE', centuries: 'XC' };

/**
 * An unspecified number of units after a preposition of extent: "for years" (`PXY`), "for
 * centuries" (`PXC`), "in the years that followed", "within hours", or after a verb of extent: "took decades",
 * "lasted weeks". The preposition or verb and "the" stay outside.
 */
export const vagueDurationRule: Rule = {
  name: 'vague-duration',
  triggers: Object.keys(LETTERS),
  pattern: rulePattern(`\\b(?:for|over|in|within|during|after|before|took|take|takes|taking|lasted|lasts|lasting|spanned|spans)\\s+(?:the\\s+)?(minutes|hours|days|weeks|months|years|decades|centuries)\\b(?!-|\\s+of\\b|\\s+(?:ago|earlier|later|old)\\b)`, true),
  extract(match) {
    const value = `P${LETTERS[match[1].toLowerCase()]}`;
    const [start, end] = match.indices![1];
    return { start, end, type: 'DURATION', partial: { kind: 'literal', value } };
  },
};
