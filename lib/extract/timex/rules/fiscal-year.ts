import type { Rule } from '../rule';
import { MONTH, rulePattern, YEAR } from '../patterns';
import { lookup, MONTHS, ORDINALS } from '../vocabulary';
import { ORDINAL } from './quarter';

const PART = `${ORDINAL}[\\s-]+(quarter|half)`;
/** "fiscal 2024", "fiscal year 2024", "FY2024", "FY 2024", "FY24". */
const FISCAL_YEAR = `(?:fiscal(?:[\\s-]+year)?\\s+(${YEAR})|FY\\s?'?(${YEAR}|\\d{2}))`;

/** A part of a fiscal year as TIMEX3 writes it: `-Q3`, `-H1`; "last"/"final" is the last one. */
function partOf(ordinal: string, unit: string): string | null {
  const half = unit.toLowerCase() === 'half';
  const n = lookup(ORDINALS, ordinal)!;
  const index = n === -1 ? (half ? 2 : 4) : n;
  return index > (half ? 2 : 4) ? null : `-${half ? 'H' : 'Q'}${index}`;
}

/**
 * A fiscal year and its quarters and halves, as TimeML writes them (`FY2024`, `FY2024-H1`, `FY1989-Q1`):
 * "fiscal 2024", "FY2025", "the first half of fiscal 2024", "fiscal 1989's second quarter". Which
 * months a fiscal year covers is the company's to say (see `fiscalYearStart`), so the value keeps it
 * apart from the calendar year. "the fiscal first quarter", without a year, stays with quarter.ts.
 */
export const fiscalYearRule: Rule = {
  name: 'fiscal-year',
  // "FY2025" is one word: its digits, right after the letters, are the trigger.
  triggers: ['fiscal', 'fy', '#glued'],
  pattern: rulePattern(`\\b(?:(?:the\\s+)?${PART}\\s+of\\s+)?${FISCAL_YEAR}(?:'s\\s+${PART})?(?![\\w/-])`),
  extract(match) {
    const [, ordinalBefore, unitBefore, fullYear, fyYear, ordinalAfter, unitAfter] = match;
    // Only the upper-case abbreviation: rule patterns ignore case.
    if (fyYear && !match[0].includes('FY')) return null;
    const year = fullYear ?? (fyYear.length === 2 ? String(2000 + Number(fyYear) - (Number(fyYear) >= 50 ? 100 : 0)) : fyYear);
    const part = ordinalBefore ? partOf(ordinalBefore, unitBefore) : ordinalAfter ? partOf(ordinalAfter, unitAfter) : '';
    if (part === null) return null;
    return { start: match.index, end: match.index + match[0].length, type: 'DATE', partial: { kind: 'literal', value: `FY${year}${part}` } };
  },
};

const DEFINED = '\\b(?:fiscal|financial)\\s+year\\s+(?:that\\s+|which\\s+)?';
/** "from", "in" or "on", and a day before the month ("on 1 July"). */
const BEFORE_MONTH = '(?:(?:from|in|on)\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?';
const STARTS = `(?:runs|running|starts|starting|started|begins|beginning|began)\\s+${BEFORE_MONTH}`;
const ENDS = `(?:ends|ending|ended|closes|closing|closed|runs\\s+to|running\\s+to)\\s+${BEFORE_MONTH}`;
/** How a text says when its fiscal year starts or ends: "our fiscal year runs from April", "the fiscal year ended June 30". */
const DEFINITION = new RegExp(`${DEFINED}(?:${STARTS}(${MONTH})|${ENDS}(${MONTH}))`, 'i');
/** The words before a month that bounds every fiscal year ("runs from April to March"): no one date. */
const BOUND_BEFORE = new RegExp(`${DEFINED}(?:${STARTS}|${ENDS})(?:${MONTH}(?:\\s+\\d{1,2})?\\s*(?:to|through|until|-|–)\\s*)?$`, 'i');

/** Whether the date at `start` is a month every fiscal year starts or ends in, in a sentence that says so. */
export const boundsFiscalYears = (text: string, start: number) => BOUND_BEFORE.test(text.slice(Math.max(0, start - 80), start));

/** The last text asked about: each fiscal date of a text asks again. */
let memo: { text: string; start: number | undefined } | null = null;

/**
 * The month (1-12) a text's fiscal years start in, when it says so; a fiscal year is named for the
 * calendar year it ends in ("fiscal 2024" from April 2023 to March 2024), as most companies and
 * governments name them.
 */
export function fiscalYearStart(text: string): number | undefined {
  if (memo?.text === text) return memo.start;
  const m = DEFINITION.exec(text);
  const start = !m ? undefined : m[1] ? lookup(MONTHS, m[1]) : (lookup(MONTHS, m[2])! % 12) + 1;
  memo = { text, start };
  return start;
}
