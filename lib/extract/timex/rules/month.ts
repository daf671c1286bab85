import type { Rule } from '../rule';
import { MONTH, rulePattern, YEAR } from '../patterns';
import { lookup, MONTH_WORDS, MONTHS, SHIFT_WORDS } from '../vocabulary';

/** "May" and "March" are also a verb and a modal: take them only with a year or a date-like word before. */
const AMBIGUOUS = /^(?:may|march)$/i;
const DATE_CONTEXT = /\b(?:in|since|until|till|by|of|from|to|through|between|during|early|late|mid|last|next|this|before|after|and)[\s-]+$/i;

/**
 * Words after which "that" opens a clause ("said that May had lost", "so that March"), not a time phrase
 * ("That December ...", "crowned that October"): there it stays outside, and a "May" or "March" after it needs a date-like word.
 */
const CLAUSE_BEFORE_THAT =
  /\b(?:say|says|said|tell|tells|told|announce[ds]?|report(?:s|ed)?|believe[ds]?|think|thinks|thought|know|knows|knew|claim(?:s|ed)?|argue[ds]?|note[ds]?|add(?:s|ed)?|fear(?:s|ed)?|hope[ds]?|show(?:s|ed)?|find|finds|found|suggest(?:s|ed)?|insist(?:s|ed)?|warn(?:s|ed)?|admit(?:s|ted)?|agree[ds]?|decide[ds]?|learn(?:s|ed)?|reali[sz]e[ds]?|mean|means|meant|so|such|now|than|is|was|are|were|fact|news|hope|belief|view)\s+$/i;

/** A verb right after the month: the month is the subject of a clause, not the time of one. */
const MONTH_AS_SUBJECT = /^\s+(?:will|would|was|is|has|had|could|should|may|might|must)\b/;

/** A month without a day: "April", "January 1998", "last November", "this September", "May of 2020", and in a story "that December", "the following March". */
export const monthRule: Rule = {
  name: 'month',
  // chrono-dates.ts opens its windows at these same words: the scan for triggers finds them for both.
  triggers: MONTH_WORDS,
  pattern: rulePattern(`\\b(?:(last|this|next|this\\s+past|this\\s+coming|that(?:\\s+same)?|the\\s+(?:following|next|previous|preceding))\\s+)?(${MONTH})(?![\\w])(?:,?\\s+(?:of\\s+)?(${YEAR}))?`),
  extract(match, text) {
    const [, shiftWord, name, yearDigits] = match;
    // "said that May had lost": a "that" that opens a clause is no part of the expression and no date-like word.
    // A lower-case "that" before a month that goes on as a subject ("expect that June will be") opens a clause too.
    const clauseThat =
      /^that$/i.test(shiftWord ?? '') &&
      (CLAUSE_BEFORE_THAT.test(text.slice(Math.max(0, match.index - 16), match.index)) || (shiftWord === 'that' && MONTH_AS_SUBJECT.test(text.slice(match.index + match[0].length))));
    const lead = clauseThat ? undefined : shiftWord;
    const start = clauseThat ? match.index + match[0].indexOf(name, shiftWord.length) : match.index;
    const end = match.index + match[0].length;
    if (name[0] !== name[0].toUpperCase()) return null;
    // "last Oct. 23": the day makes it chrono's date; TimeML leaves "last" outside.
    if (!yearDigits && /^\s*\d{1,2}(?:st|nd|rd|th)?\b(?!:)/.test(text.slice(end, end + 6))) return null;
    if (AMBIGUOUS.test(name) && !lead && !yearDigits && !DATE_CONTEXT.test(text.slice(Math.max(0, start - 12), start))) return null;
    // "Jan Kavan": a short month name without its dot, followed by a capitalised word, is a first name.
    if (/^(?:jan|feb|apr|aug|sept?|oct|nov|dec)$/i.test(name) && !yearDigits && /^\s+[A-Z]/.test(text.slice(end))) return null;
    const month = lookup(MONTHS, name)!;
    // "that December" ("that same December") is the story's (see storyYear); "the following March" the next one after it.
    const story = lead !== undefined && /^that(?:\s+same)?$/i.test(lead);
    const direction = lead && !story ? lookup(SHIFT_WORDS, lead.replace(/^the\s+/i, '')) : undefined;
    const year = yearDigits ? Number(yearDigits) : undefined;
    const inStory = story || undefined;
    return { start, end, type: 'DATE', partial: { kind: 'calendar', year, month, direction, inStory } };
  },
};
