/**
 * The tagging stages in order. Order matters only to break ties between candidates of equal length
 * (`removeOverlaps`): rules that read more of an expression's structure come first.
 */
import type { Rule } from './rule';
import { agoRule } from './rules/ago';
import { anaphoricUnitRule } from './rules/anaphoric-unit';
import { centuryRule } from './rules/century';
import { dayWordRule } from './rules/day-word';
import { decadeRule } from './rules/decade';
import { durationRule } from './rules/duration';
import { fuzzyReferenceRule } from './rules/fuzzy-reference';
import { monthRule } from './rules/month';
import { quarterRule } from './rules/quarter';
import { relativeUnitRule } from './rules/relative-unit';
import { seasonRule } from './rules/season';
import { setRule } from './rules/set';
import { weekdayRule } from './rules/weekday';
import { yearRule } from './rules/year';

export const RULES: Rule[] = [
  // chrono's dates and times run first (see chrono-dates.ts) and win ties.
  quarterRule,
  agoRule,
  dayWordRule,
  weekdayRule,
  monthRule,
  seasonRule,
  relativeUnitRule,
  anaphoricUnitRule,
  decadeRule,
  centuryRule,
  // "the past" is a reference but "the past two months" is a duration; the longer match settles it.
  durationRule,
  setRule,
  fuzzyReferenceRule,
  // A bare year is the weakest reading of four digits.
  yearRule,
];
