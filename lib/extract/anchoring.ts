import { boundsFiscalYears, fiscalYearStart } from './timex/rules/fiscal-year';
import type { Timex } from './types';

/** How a timex may date an event: not at all, firmly, or only approximately. */
export type Anchoring = 'none' | 'firm' | 'approximate';

/** Modifiers that leave a date's place on the timeline uncertain. */
const APPROXIMATE_MODS = new Set(['APPROX', 'BEFORE', 'AFTER', 'ON_OR_BEFORE', 'ON_OR_AFTER', 'LESS_THAN', 'MORE_THAN', 'START', 'MID', 'END']);
/** Words that make a reference vague: "in recent years", "some time in the 1990s", "around 2010". */
const VAGUE_WORDS = /\b(?:recent|past|coming|several|some|few|about|around|roughly|circa|c\.|approximately|nearly|almost)\b/i;
/** The same words just before the expression, where the tagger left them out of it: "around 2010", "sometime in 1998". */
const VAGUE_BEFORE = /\b(?:about|around|roughly|circa|c\.|ca\.|approximately|nearly|almost|some ?time(?: in)?)\s*$/i;

/**
 * A record's reference point: "top for the first time since August", "the busiest season since 2005".
 * Nothing happened then that the sentence tells of.
 */
const RECORD_SINCE = /\b(?:first|last|only|highest|lowest|biggest|largest|smallest|best|worst|strongest|weakest|fastest|slowest|busiest|deadliest|heaviest|hottest|coldest|wettest|driest|longest|shortest|greatest|most|least)\b[^.;:!?]{0,40}\bsince\s+$/i;
/**
 * The baseline a figure is compared with: "to $31 billion from $28 billion a year earlier", "compared with
 * 40% a year ago", "up from 12p in the same period last year", "higher than a year earlier". It dates the
 * old figure, not what the sentence reports.
 */
const COMPARED_FIGURE = /\b(?:from|compared\s+(?:with|to)|than|versus|vs\.?)\s+(?:(?:C|US|A)?[$£€¥]?\d[\d.,]*\s*(?:%|per\s*cent|percent|(?:million|billion|trillion|bn|m|p|pence|cents?)\b)?[^.;:!?,]{0,30}|(?:in\s+|for\s+)?(?:the\s+same\s+(?:period|quarter|month|time)\s+)?)$/i;
const COMPARISON_WINDOW = 80;

/**
 * Whether a tagged expression can date an event. Durations and sets are not dates ("for around 45
 * minutes", "a year to go", "every week"); ages are numbers, not years ("Harry, 39,", "two-year-old");
 * a bare number shorter than four digits ("39") is a date only where the tagger read it as a year
 * ("in 383" in a history of Roman Britain); records' reference points and comparisons' baselines date
 * nothing the sentence tells of; vague or modified references only approximately date what they go with.
 */
export function anchoringOf(timex: Timex, text: string): Anchoring {
  if (timex.type === 'DURATION' || timex.type === 'SET') return 'none';
  const bare = timex.text.trim();
  if (/^\d{1,3}$/.test(bare) && timex.value !== bare.padStart(4, '0') && timex.value !== `BC${bare.padStart(4, '0')}`) return 'none';
  if (/^[-\s]*(?:years?|months?|weeks?|days?)[-\s]old\b/i.test(text.slice(timex.end, timex.end + 16))) return 'none';
  if (/\b(?:aged?|age of)\s*$/i.test(text.slice(Math.max(0, timex.start - 12), timex.start))) return 'none';
  const before = text.slice(Math.max(0, timex.start - 16), timex.start);
  const lead = text.slice(Math.max(0, timex.start - COMPARISON_WINDOW), timex.start);
  if (RECORD_SINCE.test(lead) || COMPARED_FIGURE.test(lead)) return 'none';
  if (boundsFiscalYears(text, timex.start)) return 'none';
  // A fiscal year is the calendar year only approximately, unless the text says when its fiscal year starts.
  if (timex.value.startsWith('FY') && fiscalYearStart(text) === undefined) return 'approximate';
  if ((timex.mod && APPROXIMATE_MODS.has(timex.mod)) || VAGUE_WORDS.test(timex.text) || VAGUE_BEFORE.test(before) || /X/.test(timex.value)) {
    return 'approximate';
  }
  return 'firm';
}
