import { lightFormat } from 'date-fns/lightFormat';
import { utcFieldsAsLocal } from './utc-fields';

const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

let longMonths: readonly string[] = ENGLISH_MONTHS;
let shortMonths: readonly string[] = ENGLISH_MONTHS.map((m) => m.slice(0, 3));

/**
 * The month names of `lang` from the browser's Intl data, long and short. An embed in another language
 * gets its labels this way at no cost in bytes, where date-fns locales would add kilobytes per language.
 */
export function monthNamesFor(lang: string): { long: string[]; short: string[] } {
  const names = (month: 'long' | 'short') => {
    const f = new Intl.DateTimeFormat(lang, { month, timeZone: 'UTC' });
    return Array.from({ length: 12 }, (_, m) => f.format(Date.UTC(2000, m, 15)));
  };
  return { long: names('long'), short: names('short') };
}

/** Sets the month names every label uses from now on (one language per page: the embed's `lang`). */
export function setMonthNames(names: { long: readonly string[]; short: readonly string[] }): void {
  if (names.long.length === 12 && names.short.length === 12) [longMonths, shortMonths] = [names.long, names.short];
}

/**
 * Formats the UTC fields of `ms` with a date-fns pattern ("d", "HH:mm", "d MMM", "MMMM"). Uses lightFormat,
 * which needs no locale, and fills in the month names itself: `format` with its locale would add
 * ~7 KB gzipped to the embed for the two name tokens we use. Years are written by `yearLabel`, not here.
 */
export function formatUtc(ms: number, pattern: string): string {
  const month = new Date(ms).getUTCMonth();
  const quote = (name: string) => `'${name.replace(/'/g, "''")}'`;
  const named = pattern.replace(/M{3,4}/g, (token) => quote(token.length === 4 ? longMonths[month] : shortMonths[month]));
  return lightFormat(utcFieldsAsLocal(ms), named);
}
