import type { Rule } from '../rule';
import { rulePattern } from '../patterns';
import { AD, BC, eraYearAround } from './era-year';

/**
 * A decade of a year before 1000 ("the 140s" -> `014`, "the 360s" -> `036`), and a decade written
 * with two digits ("By the 80s" -> `008` after "AD 60"), in a text that gives years with their era:
 * the century and era are those of the years around it. Elsewhere "the 80s" is the 1980s (decade.ts)
 * and "the 140s" is more often a temperature or a score than a decade.
 */
export const earlyDecadeRule: Rule = {
  name: 'early-decade',
  triggers: ['#decade'],
  pattern: rulePattern(`\\bthe\\s+([1-9]\\d?)0'?s(?:\\s+(${AD}|${BC}))?(?![\\w.]*\\w)`),
  extract(match, text) {
    const era = eraYearAround(text, match.index);
    const marker = match[2];
    if (marker ? marker !== marker.toUpperCase() : !era) return null;
    // A marker of its own ("the 40s BC") says the era; the years around, if any, still say the century of "the 80s".
    const beforeChrist = marker ? marker.startsWith('B') : era!.year < 0;
    const century = match[1].length === 2 ? match[1][0] : String(Math.floor(Math.abs(era?.year ?? 0) / 100));
    const decade = `${century.padStart(2, '0')}${match[1].slice(-1)}`;
    return { start: match.index, end: match.index + match[0].length, type: 'DATE', partial: { kind: 'literal', value: beforeChrist ? `BC${decade}` : decade } };
  },
};
