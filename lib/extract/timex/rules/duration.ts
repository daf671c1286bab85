import type { Rule } from '../rule';
import { AND_A_HALF, DURATION_UNIT, NUMBER, rulePattern, VAGUE_AMOUNT } from '../patterns';
import { parseNumber } from '../numbers';
import { durationValue } from '../duration-value';
import { DURATION_UNITS } from '../vocabulary';

/** Words before "last" that make it a verb: a modal, "to", "did", "not". */
const LAST_AS_VERB = /(?:\b(?:would|will|could|might|may|can|should|must|to|did|does|do|not|never)|n['’]t|['’]ll|['’]d)\s+$/i;

/**
 * A length of time: "two years", "45 minutes", "five-year", "the past three months",
 * "the first nine months", "several months" (`PXM`), "half an hour" (`PT30M`), "the next half century" (`P50Y`), "a quarter of a century" (`P25Y`). Ages ("two-year-old", "39 years old") are not.
 */
/** A capitalised word after a capitalised length that is no headline's function word ("Lasts Two Weeks In May"). */
const NAME_AFTER = /^\s+(?!(?:In|On|At|Of|For|And|Or|To|From|After|Before|Ago|Later|Earlier|Into|Since|Until|With|By)\b)\p{Lu}/u;

function fractionOf(words: string): number {
  return /^half/i.test(words) ? 0.5 : /^three/i.test(words) ? 0.75 : 0.25;
}

export const durationRule: Rule = {
  name: 'duration',
  triggers: Object.keys(DURATION_UNITS),
  pattern: rulePattern(
    `\\b(?:(?:the\\s+)?(?:past|last|next|first|coming|previous|following|final|latest|initial|remaining|same)\\s+|the\\s+)?(?:(half(?:\\s+an?)?|(?:(?:a|one|three)[\\s-]+)?quarters?\\s+of\\s+an?)|(${NUMBER})(${AND_A_HALF})?|(${VAGUE_AMOUNT}))(?:\\s+(?:more|additional|full|straight|consecutive|single|whole|entire))?[\\s-]+(${DURATION_UNIT})\\b(${AND_A_HALF})?(?![\\s-]+old\\b|-|\\s+of\\s+age\\b|')`,
  ),
  extract(match, text) {
    const [, half, number, halfAfterNumber, vague, unitWord, halfAfterUnit] = match;
    // "half an hour", "the next half century", "a quarter of a century", "three quarters of an hour": a fraction of one unit.
    const whole = half !== undefined ? fractionOf(half) : number !== undefined ? parseNumber(number) : /couple/i.test(vague) ? 2 : undefined;
    if (number !== undefined && (whole === undefined || whole <= 0)) return null;
    // "two and a half hours", "a century and a half": the half is the count's, so the unit and value take it in.
    const amount = number !== undefined && (halfAfterNumber ?? halfAfterUnit) ? whole! + 0.5 : whole;
    // "half an hour and a half" has no count for the second half to join: it stays outside.
    const end = match.index + match[0].length - (number === undefined ? (halfAfterUnit?.length ?? 0) : 0);
    const value = durationValue(amount, unitWord);
    if (!value) return null;
    // "05:30 hours" is a clock reading: its minutes are no count of hours.
    if (number !== undefined && text[match.index - 1] === ':') return null;
    // "the Six-Day War", "the Seven Years War": a length in a capitalised name is part of the name.
    if (/^\p{Lu}/u.test(unitWord) && NAME_AFTER.test(text.slice(match.index + match[0].length))) return null;
    // "a second opinion": "second" here is the ordinal, not the unit.
    if (/^(?:an?|one)$/i.test(number ?? '') && /^sec/i.test(unitWord) && !/s$/i.test(unitWord)) return null;
    // "$1.76 a year", "four flights a week": a rate, not a length of time.
    if (/^an?$/i.test(number ?? '') && /(?:\d|%|\b(?:million|billion|thousand|hundred|times|once|twice|flights?|cents?|dollars?|shares?))\s+$/i.test(text.slice(Math.max(0, match.index - 12), match.index))) return null;
    // "three-quarters of its food" and "a quarter point" (of interest) are fractions.
    if (/^quarters?$/i.test(unitWord) && /^(?:\s+of\b|[\s-]+(?:percentage[\s-]+)?points?\b)/i.test(text.slice(match.index + match[0].length))) return null;
    // "would last 872 days", "is expected to last two weeks": "last" is the verb, outside the duration.
    const verbLast = /^last\s+/i.exec(match[0]);
    const start = verbLast && LAST_AS_VERB.test(text.slice(Math.max(0, match.index - 12), match.index)) ? match.index + verbLast[0].length : match.index;
    // "over a three-year period": TimeML takes the whole noun phrase when it is only an article, the length and "period"
    // (not "the extra seven-day period", "a waiting period").
    const period = /-\S+$/.test(match[0]) ? PERIOD_AFTER.exec(text.slice(end, end + 8)) : null;
    const article = /^the\s/i.test(match[0]) ? '' : ARTICLE_BEFORE.exec(text.slice(Math.max(0, start - 4), start))?.[0];
    if (period && article !== undefined) return { start: start - article.length, end: end + period[0].length, type: 'DURATION', partial: { kind: 'literal', value } };
    return { start, end, type: 'DURATION', partial: { kind: 'literal', value } };
  },
};

const PERIOD_AFTER = /^\s+period\b/i;
const ARTICLE_BEFORE = /\ban?\s+$/i;
