import type { Granularity } from '../model';

/** How explicitly each granularity dates an event when the date is written out in full. */
const EXPLICIT: Record<Granularity, number> = {
  time: 0.95,
  day: 0.95,
  week: 0.8,
  month: 0.85,
  quarter: 0.8,
  season: 0.75,
  year: 0.75,
  decade: 0.65,
  century: 0.6,
};
/** Relative dates ("last week", "on Wednesday") rank below a written year; vague ones below that. */
const RELATIVE = 0.65;
const APPROXIMATE = 0.4;

const MONTHS = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b/i;

export interface DateEvidence {
  granularity: Granularity;
  /** The date words as written. */
  text: string;
  approximate: boolean;
  /** Whether the date sits in a clause with a verb, rather than in a fragment such as a caption. */
  inClause: boolean;
  /** How many dates the sentence holds; the more, the less clear which one dates the event. */
  datesInSentence: number;
}

/** Whether the date words name the date themselves ("January 29", "2020") rather than count from another. */
export const isExplicit = (text: string) => /\d/.test(text) || MONTHS.test(text);

/** Confidence in [0, 1]: full date > month > year > relative > vague, lowered when the anchoring is less clear. */
export function confidenceOf(e: DateEvidence): number {
  const explicitness = e.approximate ? APPROXIMATE : isExplicit(e.text) ? EXPLICIT[e.granularity] : Math.min(RELATIVE, EXPLICIT[e.granularity]);
  const anchoring = (e.inClause ? 1 : 0.9) * (e.datesInSentence > 1 ? 0.9 : 1);
  return Math.round(explicitness * anchoring * 100) / 100;
}
