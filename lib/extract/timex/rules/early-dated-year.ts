import type { Rule } from '../rule';
import { MONTH, rulePattern, SEASON } from '../patterns';
import { lookup, MONTH_WORDS, MONTHS, SEASONS } from '../vocabulary';
import { eraYearAround } from './era-year';

/**
 * A day, month or season of a year before 1000 written without its era: "25 February 138", "August 117",
 * "the winter of 122". As for a bare early year (early-year.ts), only in a text that gives other years with
 * their era, which also says which era this one is in. A month followed by a number up to 31 is a day
 * ("August 15"), so a year right after a month has at least two digits above that.
 */
export const earlyDatedYearRule: Rule = {
  name: 'early-dated-year',
  // Every match names a month or a season; far fewer of those than numbers.
  triggers: [...MONTH_WORDS, ...Object.keys(SEASONS)],
  pattern: rulePattern(`\\b(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH})|(${MONTH})|(?:the\\s+)?(${SEASON})\\s+of)\\s+([1-9]\\d{1,2})(?![\\w%]|[.,:]\\d)`),
  extract(match, text) {
    const [, day, monthAfterDay, monthAlone, season, digits] = match;
    const month = monthAfterDay ?? monthAlone;
    // Lower-case "may", "march" are words; a month named as a date is capitalised.
    if (month && month[0] === month[0].toLowerCase()) return null;
    const year = Number(digits);
    if (monthAlone && year <= 31) return null;
    const era = eraYearAround(text, match.index);
    if (!era) return null;
    return {
      start: match.index,
      end: match.index + match[0].length,
      type: 'DATE',
      partial: { kind: 'calendar', year: era.year < 0 ? -year : year, month: month ? lookup(MONTHS, month) : undefined, day: day === undefined ? undefined : Number(day), season: season && lookup(SEASONS, season) },
    };
  },
};
