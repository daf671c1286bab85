/** Pattern fragments compiled once from the vocabulary and shared by the rules. */
import { alternation, DAY_PARTS, DURATION_UNITS, MONTHS, SEASONS, UNITS, WEEKDAYS } from './vocabulary';
import { NUMBER_PATTERN } from './numbers';

export const MONTH = `(?:${alternation(Object.keys(MONTHS))})`;
export const WEEKDAY = `(?:${alternation(Object.keys(WEEKDAYS))})`;
export const SEASON = `(?:${alternation(Object.keys(SEASONS))})`;
export const DAY_PART = `(?:${alternation(Object.keys(DAY_PARTS))})`;
export const UNIT = `(?:${alternation(Object.keys(UNITS))})`;
export const DURATION_UNIT = `(?:${alternation(Object.keys(DURATION_UNITS))})`;
export const NUMBER = NUMBER_PATTERN;
/** A year written in full: 1000-2199, not part of a longer number ("1,990", "555-1234"), an amount of money or a percentage. */
export const YEAR = `(?<![\\d$£€#,.]|\\d[.,-])(?:1\\d{3}|2[01]\\d{2})(?![\\d%]|[.,]\\d|\\s{0,3}(?:percent|per\\s+cent))`;
/** The half a count takes on, before or after its unit: "two and a half hours", "a century and a half". */
export const AND_A_HALF = '\\s+and\\s+a\\s+half';
/** Words for an unspecified amount: "several years", "a few days", "many months". */
export const VAGUE_AMOUNT = '(?:several|a\\s+few|few|many|a\\s+couple\\s+of|couple\\s+of|some)';

/** Compile a rule pattern: global and case-insensitive; `withIndices` adds group offsets (slower, so only on request). */
export function rulePattern(source: string, withIndices = false): RegExp {
  return new RegExp(source, withIndices ? 'gid' : 'gi');
}
