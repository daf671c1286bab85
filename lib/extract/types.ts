import type { Dct } from '../model';

export const TIMEX_TYPES = ['DATE', 'TIME', 'DURATION', 'SET'] as const;
export type TimexType = (typeof TIMEX_TYPES)[number];

/** One temporal expression found in a text, as TimeML's TIMEX3 describes it. */
export interface Timex {
  /** UTF-16 offsets into the given text, end exclusive. */
  start: number;
  end: number;
  /** `text.slice(start, end)`. */
  text: string;
  type: TimexType;
  /** The normalised TIMEX3 value: `2024-01-29`, `2024-W06`, `202`, `PT45M`, `PAST_REF`, `XXXX-XX-XX`, ... */
  value: string;
  /** TIMEX3 `mod` where the expression carries one: `APPROX`, `START`, `MID`, `END`, `BEFORE`, `AFTER`, ... */
  mod?: string;
}

export interface TagOptions {
  /** Publication date, `YYYY-MM-DD`. Without it the tagger infers one from the text, or leaves relatives unresolved. */
  dct?: string;
}

export interface TagResult {
  dct: Dct;
  timexes: Timex[];
}
