import type { Rule } from '../rule';
import { rulePattern } from '../patterns';
import { AD, BC, eraYearAround } from './era-year';

/** The second year of a range whose first has its era or four digits: "from AD 117 to 138", "between 306 and 337". */
const RANGE_END = `(?<=\\b(?:from|between)\\s+(?:(?:${AD})\\s*)?\\d{1,4}(?:\\s*(?:${AD}|${BC}))?\\s+)(?:to|and|until)`;
/** Words a year follows, left outside its extent as TimeML does: "in 383", "recovered in 296". */
const PREPOSITION = `(?:\\b(?:in|by|until|till|since|from|after|before|around|circa|c\\.|between)|${RANGE_END})\\s+`;
/** Words that may follow a year and start the next phrase ("in 383 the general", "born in 76 in Italica"); any other lower-case word may be what the number counts ("in 300 ships"). */
const NEXT_PHRASE = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'he', 'she', 'it', 'they', 'when', 'and', 'but', 'as', 'according', 'after', 'before', 'until', 'to', 'under', 'with', 'in', 'at']);

/** The other end of "between 306 and 337.": a year that ends its phrase (one with its era is era-range-start's). */
const BETWEEN_YEAR_END = new RegExp(`^\\s+and\\s+\\d{1,4}(?=\\s*[.,;:!?)]|\\s+(?:${[...NEXT_PHRASE].join('|')})\\b)`);

/**
 * A year before 1000 written without its era ("in 383", "until 296"): only in a text that gives
 * other years with theirs ("AD 43", "54 BC"), which then also says which era it is in.
 * Anywhere else a number of one or two digits is far more often a count than a year; one of three digits after "in"
 * that ends its phrase ("the capital in 794.", "in 794 the emperor") is a year of our era.
 */
const PREPOSITION_BEFORE = new RegExp(`${PREPOSITION}$`, 'i');

export const earlyYearRule: Rule = {
  name: 'early-year',
  triggers: ['#digit'],
  // The number opens every match: no need to look for one before it.
  reach: 0,
  pattern: rulePattern(`\\b([1-9]\\d{0,2})(?![\\w%]|[.,:]\\d)(?=\\s*(?:[.,;:!?)]|$)|\\s+([a-z]+))`),
  extract(match, text) {
    // What the number counts ("in 300 ships") is the cheaper test, and rules out most numbers in a text.
    const next = match[2];
    if (next !== undefined && next === next.toLowerCase() && !NEXT_PHRASE.has(next)) return null;
    // The preposition is checked here, on the words before, not in a lookbehind tried near every number.
    const before = PREPOSITION_BEFORE.exec(text.slice(Math.max(0, match.index - 40), match.index));
    if (!before) return null;
    // "between 306 and 337" is a range of years only if its other end is one: "between 20 and 30 ships" counts.
    if (/^between/i.test(before[0]) && !BETWEEN_YEAR_END.test(text.slice(match.index + match[1].length, match.index + match[1].length + 24))) return null;
    const start = match.index;
    const era = eraYearAround(text, start);
    // Three digits after "in" that end a phrase ("the capital in 794.") are a year of our era; "up from 360." is a count.
    if (!era && (match[1].length < 3 || !/^in\s/i.test(before[0]))) return null;
    const year = Number(match[1]);
    return { start, end: start + match[1].length, type: 'DATE', partial: { kind: 'calendar', year: era && era.year < 0 ? -year : year } };
  },
};
