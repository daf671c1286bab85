/**
 * The tagging stages in order. Order matters only to break ties between candidates of equal length
 * (`removeOverlaps`): rules that read more of an expression's structure come first.
 */
import type { Rule } from './rule';
import { agoRule } from './rules/ago';
import { anaphoricUnitRule } from './rules/anaphoric-unit';
import { thatTimeRule } from './rules/that-time';
import { thisTimeYearRule } from './rules/this-time-year';
import { centuryRule } from './rules/century';
import { datedPeriodRule } from './rules/dated-period';
import { dayPartRule } from './rules/day-part';
import { dayOfMonthRule } from './rules/day-of-month';
import { dayWordRule } from './rules/day-word';
import { decadeRule } from './rules/decade';
import { decadeAheadRule } from './rules/decade-ahead';
import { definitePeriodRule } from './rules/definite-period';
import { durationRule } from './rules/duration';
import { earlyDatedYearRule } from './rules/early-dated-year';
import { earlyDecadeRule } from './rules/early-decade';
import { earlyYearRule } from './rules/early-year';
import { dualYearRule } from './rules/dual-year';
import { eraRangeStartRule } from './rules/era-range-start';
import { eraYearRule } from './rules/era-year';
import { fiscalYearRule } from './rules/fiscal-year';
import { frequencyRule } from './rules/frequency';
import { fuzzyReferenceRule } from './rules/fuzzy-reference';
import { historicDayRule } from './rules/historic-day';
import { holidayRule } from './rules/holiday';
import { longCompoundRule } from './rules/long-compound';
import { millenniumRule } from './rules/millennium';
import { monthRule } from './rules/month';
import { ordinalDayRule } from './rules/ordinal-day';
import { namedTimeRule } from './rules/named-time';
import { quarterRule } from './rules/quarter';
import { rateRule } from './rules/rate';
import { recurringWeekdayRule } from './rules/recurring-weekday';
import { relativeUnitRule } from './rules/relative-unit';
import { seasonRule } from './rules/season';
import { seasonOfPlayRule } from './rules/season-of-play';
import { seasonSpanRule } from './rules/season-span';
import { setRule } from './rules/set';
import { spelledYearRule } from './rules/spelled-year';
import { vagueDurationRule } from './rules/vague-duration';
import { weekOfRule } from './rules/week-of';
import { weekdayRule } from './rules/weekday';
import { yearRule } from './rules/year';
import { yearEndRule } from './rules/year-end';
import { zonedClockRule } from './rules/zoned-clock';

export const RULES: Rule[] = [
  // chrono's dates and times run first (see chrono-dates.ts) and win ties.
  eraYearRule,
  eraRangeStartRule,
  dualYearRule,
  earlyDatedYearRule,
  // "the first half of fiscal 2024" is a fiscal half (FY2024-H1) before it is a calendar one.
  fiscalYearRule,
  quarterRule,
  datedPeriodRule,
  agoRule,
  dayWordRule,
  namedTimeRule,
  zonedClockRule,
  dayPartRule,
  holidayRule,
  historicDayRule,
  weekOfRule,
  recurringWeekdayRule,
  weekdayRule,
  monthRule,
  dayOfMonthRule,
  seasonRule,
  seasonSpanRule,
  seasonOfPlayRule,
  // "over the next decade" is a stretch from now before it is the calendar decade after the DCT's.
  decadeAheadRule,
  relativeUnitRule,
  anaphoricUnitRule,
  thatTimeRule,
  thisTimeYearRule,
  ordinalDayRule,
  earlyDecadeRule,
  decadeRule,
  centuryRule,
  millenniumRule,
  spelledYearRule,
  // "visitors a year" is a rate before it is a duration.
  rateRule,
  // "the past" is a reference but "the past two months" is a duration; the longer match settles it.
  durationRule,
  longCompoundRule,
  vagueDurationRule,
  setRule,
  frequencyRule,
  definitePeriodRule,
  yearEndRule,
  fuzzyReferenceRule,
  // A bare year is the weakest reading of four digits.
  yearRule,
  earlyYearRule,
];
