import type { Rule } from '../rule';
import { rulePattern, SEASON, YEAR } from '../patterns';
import { lookup, SEASONS, SHIFT_WORDS } from '../vocabulary';

// A new clause after the season ("That summer Paris was freed", "That autumn the troops came home") ends it too, and so
// does a closing quotation mark ("grew through the summer," he said).
const SEASON_END = /^(?:\s*(?:[.,;:!?)\n"”]|$)|\s+(?:of|in|and|or|when|as|before|after|to|for|he|she|they|we|I|it|is|was|will|has|had|are|were|could|would|should|might|may|must|can|cannot|months?|the|a|an)\b|\s+\p{Lu})/u;
/** "died that summer on the island": after "that" a season is no noun, so a preposition ends it too. */
const STORY_SEASON_END = /^\s+(?:on|at|across|throughout|while|with|into|near|along|off|under)\b/i;
/** "of that year", "of the following year": a season's year counted in the story. */
const YEAR_OF_STORY = /^\s+of\s+(?:that|the\s+(?:following|next|previous|preceding|same))\s+year\b/i;
/** "the winter before," at the end of its phrase: the season before (or after) the story's. */
const BEFORE_AFTER = /^\s+(before|after)(?=\s*[.,;:!?])/i;
const SPENT_BEFORE = /\b(?:spend|spends|spent|spending)\s+$/i;
const SEASON_CONTEXT = /\b(?:in|during|by|until|since|through|over|early|late|mid)[\s-]+$/i;

/**
 * Seasons: "last fall" (`1998-FA`), "this summer", "the summer of 1969", "winter 2024", "the winter of 1941–42", "next spring",
 * and in a story "that summer" ("that same summer"), "the following spring" and "the previous autumn".
 * "Fall" and "spring" are verbs too, so a bare season needs "the", a shift word, a preposition or a year.
 */
export const seasonRule: Rule = {
  name: 'season',
  triggers: Object.keys(SEASONS),
  pattern: rulePattern(`\\b(?:(last|this|next|this\\s+past|this\\s+coming|the\\s+(?:following|next|previous|preceding)|that(?:\\s+same)?|the)\\s+)?(${SEASON})\\b(?:\\s+(?:of\\s+)?(${YEAR})([-–/]\\d{2}(?:\\d{2})?(?!\\d))?)?`),
  extract(match, text) {
    // "that summer" is the story's; "the following spring" the next one after it and "the previous autumn" the last one before
    // it (see storyYear), or after or before the DCT in the news.
    // "that same summer" is "that summer".
    const story = /^that(?:\s+same)?$/i.test(match[1] ?? '');
    const shiftWord = match[1]?.toLowerCase().replace(/\s+/g, ' ').replace(/^that(?: same)?$/, 'the').replace(/^the (following|next)$/, 'next').replace(/^the (previous|preceding)$/, 'previous');
    const year = match[3] ? Number(match[3]) : undefined;
    if (!shiftWord && year === undefined && !SEASON_CONTEXT.test(text.slice(Math.max(0, match.index - 10), match.index))) return null;
    // "the winter sports", "the spring collection": a season used as a modifier of a noun is not a time. One that is
    // spent is a time whatever follows: "will spend the winter installing them".
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 12);
    const spent = SPENT_BEFORE.test(text.slice(Math.max(0, match.index - 10), match.index));
    const storySeason = story && STORY_SEASON_END.test(after);
    if ((!shiftWord || shiftWord === 'the') && year === undefined && !SEASON_END.test(after) && !spent && !storySeason) return null;
    // "The Summer Olympics", "the Winter Palace", "the Summer of Love": a capitalised season before a name is part of the name.
    if (year === undefined && /^\p{Lu}/u.test(match[2]) && /^\s+(?:of\s+)?\p{Lu}/u.test(text.slice(match.index + match[0].length, match.index + match[0].length + 16))) return null;
    // "the fall in inflation", "the fall of Rome": "fall" and "spring" are nouns before "in" or "of" and no year.
    // ("the spring of that year" is a season: merge-adjacent joins it to its year.)
    if (shiftWord === 'the' && year === undefined && /^(?:fall|spring)$/i.test(match[2]) && /^\s+(?:of|in)\b/i.test(after) && !YEAR_OF_STORY.test(text.slice(match.index + match[0].length, match.index + match[0].length + 32))) return null;
    // "The winter before, ..." is "the previous winter"; "the summer after." the following one.
    const beforeAfter = shiftWord === 'the' && year === undefined && !story ? BEFORE_AFTER.exec(text.slice(match.index + match[0].length, match.index + match[0].length + 12)) : null;
    if (beforeAfter) {
      const direction = /^before$/i.test(beforeAfter[1]) ? -1 : 1;
      return { start: match.index, end: match.index + match[0].length + beforeAfter[0].length, type: 'DATE', partial: { kind: 'calendar', season: lookup(SEASONS, match[2]), direction } };
    }
    // "the winter of 1941–42" spans the turn of the year and is the winter that begins in 1941.
    const spansTurn = match[4] && year !== undefined && lookup(SEASONS, match[2]) === 'WI' && Number(match[4].slice(1)) % 100 === (year + 1) % 100;
    return {
      start: match.index,
      end: match.index + match[0].length - (match[4] && !spansTurn ? match[4].length : 0),
      type: 'DATE',
      partial: { kind: 'calendar', year, season: lookup(SEASONS, match[2]), direction: shiftWord && shiftWord !== 'the' ? lookup(SHIFT_WORDS, shiftWord) : undefined, inStory: story || undefined, anyYear: (!match[1] && year === undefined) || undefined },
    };
  },
};
