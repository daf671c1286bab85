import type { Rule } from '../rule';
import { rulePattern } from '../patterns';

const LETTERS: Record<string, string> = { minutes: 'TXM', hours: 'TXH', days: 'XD', weeks: 'XW', months: 'XM', years: 'XY', decades: 'XE', centuries: 'XC' };

/** Verbs that take a length of time as their object: "could last weeks", "took months". "the last weeks of" is an adjective. */
const LASTING = '(?<!\\b(?:the|its|their|his|her|our|those|these)\\s+)(?:last|lasts|lasted|lasting|take|takes|took|taken|taking|spend|spends|spent|spending|span|spans|spanned|wait|waits|waited)';

/**
 * An unspecified number of units after a preposition of extent or a verb of lasting: "for years" (`PXY`), "for
 * centuries" (`PXC`), "in the years that followed", "within hours", "delayed by months", "could last weeks", "took decades", and a part of
 * an open stretch: "in the early years of his reign" (`PXY`). The preposition or verb stays outside, and so does
 * "the" of a bare unit. "after years of searching" is a length; "in the months of July and August" and "spent the years
 * 1920 to 1925 in Paris" name their months and years.
 */
export const vagueDurationRule: Rule = {
  name: 'vague-duration',
  triggers: Object.keys(LETTERS),
  pattern: rulePattern(
    `\\b(?:for|over|in|within|during|after|before|by|${LASTING})\\s+(?:(?:the\\s+)?(minutes|hours|days|weeks|months|years|decades|centuries)\\b(?!-|(?<=\\bthe\\s+\\w+)\\s+(?:of\\b|\\d)|\\s+of\\s+age\\b|\\s+(?:ago|earlier|later|old)\\b)|(the\\s+(?:early|first|opening|last|final|closing|later)\\s+(weeks|months|years|decades))\\b(?!-))`,
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
