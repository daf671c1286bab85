import type { Rule } from '../rule';
import { MONTH, rulePattern, YEAR } from '../patterns';
import { lookup, MONTHS, SHIFT_WORDS } from '../vocabulary';

/** "May" and "March" are also a verb and a modal: take them only with a year or a date-like word before. */
const AMBIGUOUS = /^(?:may|march)$/i;
const DATE_CONTEXT = /\b(?:in|since|until|till|by|of|from|to|through|between|during|early|late|mid|last|next|this|before|after|and)[\s-]+$/i;

/** A month without a day: "April", "January 1998", "last November", "this September", "May of 2020". */
export const monthRule: Rule = {
  name: 'month',
  triggers: Object.keys(MONTHS).map((m) => m.replace('.', '')),
  pattern: rulePattern(`\\b(?:(last|this|next|this\\s+past|this\\s+coming)\\s+)?(${MONTH})(?![\\w])(?:,?\\s+(?:of\\s+)?(${YEAR}))?`),
  extract(match, text) {
    const name = match[2];
    if (name[0] !== name[0].toUpperCase()) return null;
    // "last Oct. 23": the day makes it chrono's date; TimeML leaves "last" outside.
    if (!match[3] && /^\s*\d{1,2}(?:st|nd|rd|th)?\b(?!:)/.test(text.slice(match.index + match[0].length, match.index + match[0].length + 6))) return null;
    if (AMBIGUOUS.test(name) && !match[1] && !match[3] && !DATE_CONTEXT.test(text.slice(Math.max(0, match.index - 12), match.index))) return null;
    // "Jan Kavan": a short month name without its dot, followed by a capitalised word, is a first name.
    if (/^(?:jan|feb|apr|aug|sept?|oct|nov|dec)$/i.test(name) && !match[3] && /^\s+[A-Z]/.test(text.slice(match.index + match[0].length))) return null;
    const month = lookup(MONTHS, name)!;
    const shift = match[1] ? lookup(SHIFT_WORDS, match[1]) : undefined;
    const year = match[3] ? Number(match[3]) : undefined;
    return {
      start: match.index,
      end: match.index + match[0].length,
      type: 'DATE',
      partial: { kind: 'calendar', year, month, direction: shift },
    };
  },
};
