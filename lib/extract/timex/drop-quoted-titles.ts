import type { Candidate } from './partial';

/** An opening quotation mark and the capitalised words between it and the expression. */
const OPENED = /(``|''|["“])(?:[A-Z0-9][\w'’-]*\s+){0,5}$/;
/** What introduces a title: a possessive ("ABC's", "CBS's") or a word for a work ("the film", "a show called"). */
const INTRODUCER = /(?:\w['’]s?|\b(?:film|movie|show|programme|program|series|song|album|book|novel|play|musical|column|titled|entitled|called|named))\s*$/i;
/** From the expression to the closing mark: capitalised words and numbers only. */
const REST_OF_TITLE = /^(?:[A-Z0-9][\w'’-]*\s*){1,7}[.,!?]?(?:''|["”])/;

/**
 * Refiner: a date word inside the title of a show, film or book (CBS's ''60 Minutes'', the film
 * ``High Noon'', ABC's "This Week") names the work, not a time.
 */
export function dropQuotedTitles(text: string, candidates: Candidate[]): Candidate[] {
  return candidates.filter((c) => {
    const before = text.slice(Math.max(0, c.start - 60), c.start);
    const opened = OPENED.exec(before);
    if (!opened || !REST_OF_TITLE.test(text.slice(c.start, c.start + 80))) return true;
    return !INTRODUCER.test(before.slice(0, opened.index));
  });
}
