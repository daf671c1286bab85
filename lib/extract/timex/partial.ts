import type { TimexType } from '../types';

/** Calendar units a relative expression can move by, finest first. */
export type Unit = 'minute' | 'hour' | 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'season' | 'year' | 'decade' | 'century';

/** Which way an expression points when it says so itself ("last", "next", "ago") or leaves it to the verb (`undefined`). */
export type Direction = -1 | 0 | 1;

/**
 * A TIMEX3 value as far as the words alone fix it (HeidelTime's "UNDEF" values, as a structure).
 * The resolver fills in what the words leave open from the document's anchor date and tense.
 */
export type Partial =
  /** Fully known from the words: durations, sets, `PRESENT_REF`, `1990`, `2024-01-29`. */
  | { kind: 'literal'; value: string }
  /** A calendar date with some fields missing ("January 29", "April", "the third quarter", "summer"). */
  | {
      kind: 'calendar';
      year?: number;
      month?: number;
      day?: number;
      quarter?: number;
      half?: number;
      season?: string;
      /** `TNI`, `TMO`, `T15:00`... appended after the date. */
      time?: string;
      /** "last April" / "next summer" say which side of the anchor; otherwise the verb decides. */
      direction?: Direction;
      /** "June last year": the year is the DCT's, shifted by this many years. */
      yearShift?: number;
      /** "the spring of the following year": the year is the story's, shifted by this many years. */
      storyYearShift?: number;
      /** "the week of March 6": the ISO week holding the day. */
      week?: boolean;
      /** "that June", "that summer": in the year the story is at, in the news as in a history. */
      inStory?: boolean;
      /** "in summer" with no article or year, "usually by Oct. 18": any year's, unless a tensed verb puts it in the story. */
      anyYear?: boolean;
    }
  /**
   * So many units from the anchor ("yesterday", "next year", "two weeks ago", "the following day").
   * `story`: the narrative's in a history, the DCT's in the news ("the year", "the end of the month").
   * `keepPrecision`: the result is as precise as the anchor ("a year earlier" than a day is a day).
   * `nowadays`: a bare "today", which in a history is the present age (`PRESENT_REF`), not the day it was published.
   * `nightAfterDay`: an adverb "overnight", the night after the story's day when that day is not the DCT's.
   * `quoted`: said inside a quotation, so from the speaker's day: in a history the story's, whatever the tense.
   */
  | { kind: 'offset'; unit: Unit; amount: number; from: 'dct' | 'narrative' | 'story'; time?: string; keepPrecision?: boolean; nowadays?: boolean; nightAfterDay?: boolean; quoted?: boolean }
  /**
   * The period a report is about: "the quarter", "the latest period" (`yearsBack` 0) and "the year-earlier
   * quarter" (`yearsBack` 1). It is the quarter the story is at, or else the last one before the DCT.
   * `year`: the period as the words date it ("the 1988 period"), that quarter in the stated year.
   * `quarter`: the ordinal the words give ("the year-ago third quarter"), the latest such quarter up to the story's.
   */
  | { kind: 'report-period'; yearsBack: number; year?: number; quarter?: number }
  /** A holiday ("Thanksgiving Day", "last Christmas"): a day whose date depends on the year. */
  | { kind: 'holiday'; name: string; year?: number; direction?: Direction }
  /**
   * A weekday, before or after the anchor ("Friday", "last Tuesday", "next Monday"). `from: 'narrative'`:
   * counted from the day the story is at ("the previous Friday", "the following Monday").
   */
  | { kind: 'weekday'; weekday: number; direction?: Direction; time?: string; weekend?: boolean; from?: 'narrative' }
  /** A season of play so many seasons from the one under way at the DCT ("this season" 0, "last season" -1). */
  | { kind: 'season-of-play'; shift: number }
  /** The date the story is at, as precisely as it was told ("at that time"); with no story, some time past or to come. */
  | { kind: 'story-time' };

/** A candidate expression found by a rule, before resolution. */
export interface Candidate {
  start: number;
  end: number;
  type: TimexType;
  partial: Partial;
  mod?: string;
  /** Which rule found it; breaks ties when candidates overlap and helps debugging. */
  rule: string;
}
