import type { Rule } from '../rule';
import { rulePattern } from '../patterns';

const LETTERS: Record<string, string> = { minutes: 'TXM', hours: 'TXH', days: 'XD', weeks: 'XW', months: 'XM', years: 'XY', decades: 'XE', centuries: 'XC' };

/**
 * An unspecified number of units after a preposition of extent: "for years" (`PXY`), "for
 * centuries" (`PXC`), "in the years that followed", "within hours", or after a verb of extent: "took decades",
 * "lasted weeks", and a part of an open stretch: "in the early years of his reign" (`PXY`). The preposition or verb
 * stays outside, and so does "the" of a bare unit.
 */
export const vagueDurationRule: Rule = {
  name: 'vague-duration',
  triggers: Object.keys(LETTERS),
  pattern: rulePattern(
    `\\b(?:for|over|in|within|during|after|before|took|take|takes|taking|lasted|lasts|lasting|spanned|spans)\\s+(?:(?:the\\s+)?(minutes|hours|days|weeks|months|years|decades|centuries)\\b(?!-|\\s+of\\b|\\s+(?:ago|earlier|later|old)\\b)|(the\\s+(?:early|first|opening|last|final|closing|later)\\s+(weeks|months|years|decades))\\b(?!-))`,
    true,
  ),
  extract(match) {
    // "in the early years of his reign": the part of a period, with its article, as TimeBank tags it
    // (not "the first days after ...", which TimeBank leaves untagged).
    const unit = (match[1] ?? match[3]).toLowerCase();
    const value = `P${LETTERS[unit]}`;
    const [start, end] = match.indices![match[1] ? 1 : 2];
    return { start, end, type: 'DURATION', partial: { kind: 'literal', value } };
  },
};
