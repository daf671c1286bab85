import type { Rule } from '../rule';
import { rulePattern } from '../patterns';

const LETTERS: Record<string, string> = { minutes: 'TXM', hours: 'TXH', days: 'XD', weeks: 'XW', months: 'XM', years: 'XY', decades: 'XE', centuries: 'XC' };

/** Verbs that take a length of time as their object: "could last weeks", "took months". "the last weeks of" is an adjective. */
const LASTING = '(?<!\\b(?:the|its|their|his|her|our|those|these)\\s+)(?:last|lasts|lasted|take|takes|took|taken|spend|spends|spent|wait|waits|waited)';

/**
 * An unspecified number of units after a preposition of extent or a verb of lasting: "for years" (`PXY`), "for
 * centuries" (`PXC`), "in the years that followed", "within hours", "delayed by months", "could last weeks". The preposition, verb and "the" stay outside.
 */
export const vagueDurationRule: Rule = {
  name: 'vague-duration',
  triggers: Object.keys(LETTERS),
  pattern: rulePattern(`\\b(?:for|over|in|within|during|after|before|by|${LASTING})\\s+(?:the\\s+)?(minutes|hours|days|weeks|months|years|decades|centuries)\\b(?!-|\\s+of\\b|\\s+(?:ago|earlier|later|old)\\b)`, true),
  extract(match) {
    const value = `P${LETTERS[match[1].toLowerCase()]}`;
    const [start, end] = match.indices![1];
    return { start, end, type: 'DURATION', partial: { kind: 'literal', value } };
  },
};
