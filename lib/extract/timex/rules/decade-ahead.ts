import type { Rule } from '../rule';
import { rulePattern } from '../patterns';

const SPAN: Record<string, string> = { decade: 'P10Y', century: 'P100Y' };

/**
 * "over the next decade", "within the coming century": the ten (hundred) years from now, as "over the past
 * decade" is the ten years to now (TBAQ: DURATION P10Y), not the calendar decade after the DCT's (the 2030s).
 * Only after a preposition of a stretch; "in the next decade" may name the calendar one.
 */
export const decadeAheadRule: Rule = {
  name: 'decade-ahead',
  triggers: ['decade', 'century'],
  pattern: rulePattern(`\\b(?:over|within|during|throughout)\\s+(the\\s+(?:next|coming)\\s+(decade|century))\\b(?!-)`),
  extract(match) {
    const start = match.index + match[0].indexOf(match[1]);
    return { start, end: start + match[1].length, type: 'DURATION', partial: { kind: 'literal', value: SPAN[match[2].toLowerCase()] } };
  },
};
