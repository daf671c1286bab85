import type { Rule } from '../rule';
import { rulePattern } from '../patterns';

/** Words for the present, past or future as a whole, with their TIMEX3 reference values. */
const REFERENCES: Array<[RegExp, string]> = [
  [/^(?:now|currently|current|nowadays|these days|present|the moment|the present|presently)$/i, 'PRESENT_REF'],
  [/^(?:the other day|recently|recent|lately|the past|(?:recent|past) (?:years|months|weeks|days|decades))$/i, 'PAST_REF'],
  [/^(?:the (?:near |foreseeable )?future|soon|the (?:near|short) term|(?:the )?coming (?:years|months|weeks|days|quarters)|future (?:years|quarters)|the (?:years|months) ahead|an? (?:later|future) date|as soon as possible)$/i, 'FUTURE_REF'],
];

/** What follows "current" the noun (a flow) and never the adjective: a preposition, a verb of flowing, the clause's end. */
const CURRENT_NOUN = /^(?:\s*[.,;:!?)]|\s*$|\s+(?:through|of|into|across|along|from|flows?|flowing|flowed|ran|runs|carried|carries|that|which)\b)/i;

/** "the future Nicholas II", "the future king", "the future site of": the adjective for what someone or something later became. */
const FUTURE_ROLE = /^\s+(?:\p{Lu}|(?:king|queen|emperor|empress|tsar|president|pope|prime|bishop|wife|husband|site|capital|home|saint)\b)/u;

/** "at present", "at the moment": "present" and "moment" are references only after "at". */
const AT_BEFORE = /\bat\s{1,3}$/i;
/** "as recently as March" is a signal for the date after it. */
const AS_BEFORE = /\bas\s{1,3}$/i;
/** "past years" is a reference only when no "the" comes before it. */
const THE_BEFORE = /\bthe\s{1,3}$/i;

/**
 * Fuzzy references: "now", "currently", "recently", "in recent years" ("recent years"), "the past",
 * "the future", "soon" (not "as soon as", but "as soon as possible"), "at a later date". "As recently as March" is a
 * signal for the date after it, not a reference of its own. "Former" and "previously" mark a role or an earlier
 * report rather than a time, and are not tagged.
 */
export const fuzzyReferenceRule: Rule = {
  name: 'fuzzy-reference',
  triggers: ['term', 'now', 'currently', 'current', 'nowadays', 'days', 'present', 'moment', 'day', 'presently', 'recently', 'recent', 'lately', 'past', 'future', 'soon', 'coming', 'ahead', 'date', 'possible'],
  pattern: rulePattern(
    `\\b(?:now|currently|current|nowadays|these\\s+days|present|the\\s+moment|the\\s+other\\s+day|presently|recently(?!\\s+as\\b)|recent(?:\\s+(?:years|months|weeks|days|decades|quarters))?|lately|past\\s+(?:years|months|weeks|days|decades)|the\\s+past|the\\s+(?:(?:near|foreseeable)\\s+)?future|the\\s+(?:near|short)\\s+term|soon(?!\\s+(?:as|after)\\b)|(?:the\\s+)?coming\\s+(?:years|months|weeks|days|quarters)|future\\s+(?:years|quarters)|the\\s+(?:years|months)\\s+ahead|an?\\s+(?:later|future)\\s+date|as\\s+soon\\s+as\\s+possible)\\b`,
  ),
  extract(match, text) {
    // The words before are checked here, not in look-behinds the pattern would try at every word near a trigger.
    const before = text.slice(Math.max(0, match.index - 8), match.index);
    if (/^(?:present|the\s+moment)$/i.test(match[0]) && !AT_BEFORE.test(before)) return null;
    if (/^recently$/i.test(match[0]) && AS_BEFORE.test(before)) return null;
    if (/^past\s/i.test(match[0]) && THE_BEFORE.test(before)) return null;
    // "passing a current through", "the current of the river": the noun, where the adjective would go on to its noun.
    if (/^current$/i.test(match[0]) && CURRENT_NOUN.test(text.slice(match.index + match[0].length, match.index + match[0].length + 12))) return null;
    if (/future$/i.test(match[0]) && FUTURE_ROLE.test(text.slice(match.index + match[0].length, match.index + match[0].length + 12))) return null;
    // "in recent months" is counted as an open stretch (PXM), "in recent years" as the past at large.
    const stretch = /^recent\s+(months|weeks|days|quarters)$/i.exec(match[0]);
    if (stretch) {
      const value = `PX${{ months: 'M', weeks: 'W', days: 'D', quarters: 'Q' }[stretch[1].toLowerCase() as 'months']}`;
      return { start: match.index, end: match.index + match[0].length, type: 'DURATION', partial: { kind: 'literal', value } };
    }
    const value = REFERENCES.find(([pattern]) => pattern.test(match[0].replace(/\s+/g, ' ')))?.[1];
    if (!value) return null;
    return { start: match.index, end: match.index + match[0].length, type: 'DATE', partial: { kind: 'literal', value } };
  },
};
