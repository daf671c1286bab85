/**
 * Word lists as data. Each dictionary maps a lower-case surface form to what it means; rules turn
 * them into patterns once, at module load (`alternation`).
 */
import type { Unit } from './partial';

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, 'jan.': 1, february: 2, feb: 2, 'feb.': 2, march: 3, 'mar.': 3, april: 4, apr: 4, 'apr.': 4,
  may: 5, june: 6, 'jun.': 6, july: 7, 'jul.': 7, august: 8, aug: 8, 'aug.': 8, september: 9, sept: 9, 'sept.': 9,
  sep: 9, 'sep.': 9, october: 10, oct: 10, 'oct.': 10, november: 11, nov: 11, 'nov.': 11, december: 12, dec: 12, 'dec.': 12,
};

/** The month names as words, without an abbreviation's dot: what a scan of a text for months looks for. */
export const MONTH_WORDS: readonly string[] = [...new Set(Object.keys(MONTHS).map((m) => m.replace('.', '')))];

/** Sunday = 0, as `Date#getUTCDay`. Short forms only with a dot: "Sun" and "Wed" are words too. */
export const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
  'sun.': 0, 'mon.': 1, 'tue.': 2, 'tues.': 2, 'wed.': 3, 'thu.': 4, 'thur.': 4, 'thurs.': 4, 'fri.': 5, 'sat.': 6,
};

export const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };

/** Parts of the day and the TIMEX3 suffix they add to a date. */
export const DAY_PARTS: Record<string, string> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI',
};

/** The day's turning points, told without "the" ("at dawn", "by nightfall"), with the part of the day they fall in. */
export const TWILIGHTS: Record<string, string> = {
  dawn: 'MO', daybreak: 'MO', sunrise: 'MO', dusk: 'EV', sunset: 'EV', nightfall: 'EV',
};

/** Units of time, singular and plural, with the calendar unit they name. */
export const UNITS: Record<string, Unit> = {
  minute: 'minute', minutes: 'minute', min: 'minute', mins: 'minute', hour: 'hour', hours: 'hour', hr: 'hour', hrs: 'hour',
  day: 'day', days: 'day', week: 'week', weeks: 'week', weekend: 'weekend', weekends: 'weekend',
  fortnight: 'week', fortnights: 'week', month: 'month', months: 'month', quarter: 'quarter', quarters: 'quarter',
  year: 'year', years: 'year', decade: 'decade', decades: 'decade', century: 'century', centuries: 'century',
};

/** Seconds are a duration unit only (no calendar arithmetic needs them). */
export const DURATION_UNITS: Record<string, string> = {
  second: 'S', seconds: 'S', sec: 'S', secs: 'S',
  minute: 'M', minutes: 'M', min: 'M', mins: 'M', hour: 'H', hours: 'H', hr: 'H', hrs: 'H',
  day: 'D', days: 'D', week: 'W', weeks: 'W', fortnight: '2W', fortnights: '2W', month: 'M', months: 'M',
  quarter: 'Q', quarters: 'Q', year: 'Y', years: 'Y', decade: 'E', decades: 'E', century: 'C', centuries: 'C',
  millennium: 'L', millennia: 'L', weekend: 'WE', weekends: 'WE',
  // "three nights in hospital" counts days; the singular is too often a modifier ("a night club", "a night shift").
  nights: 'D',
};

export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, thousand: 1000, dozen: 12, half: 0.5,
};

export const ORDINALS: Record<string, number> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, '5th': 5,
  sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13,
  fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
  twentieth: 20, 'twenty-first': 21, 'twenty first': 21, 'twenty-second': 22, 'twenty second': 22, last: -1, final: -1,
};

/** Words that point back or forward from the anchor, with their direction. */
export const SHIFT_WORDS: Record<string, -1 | 0 | 1> = {
  last: -1, past: -1, previous: -1, preceding: -1, prior: -1,
  this: 0, current: 0, present: 0, 'this past': -1, 'this coming': 1,
  next: 1, coming: 1, following: 1, upcoming: 1,
};

/** Escape a word list and join it, longest first, so "sept." wins over "sept". */
export function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

/** Look a matched phrase up in a dictionary, ignoring case and runs of spaces. */
export function lookup<T>(dict: Record<string, T>, phrase: string): T | undefined {
  return dict[phrase.toLowerCase().replace(/\s+/g, ' ')];
}
