import { lightFormat } from 'date-fns/lightFormat';
import { utcFieldsAsLocal } from './utc-fields';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Formats the UTC fields of `ms` with a date-fns pattern ("d", "HH:mm", "d MMM", "MMMM"). Uses lightFormat,
 * which needs no locale, and fills in English month names itself: `format` with its locale would add
 * ~7 KB gzipped to the embed for the two name tokens we use. Years are written by `yearLabel`, not here.
 */
export function formatUtc(ms: number, pattern: string): string {
  const month = new Date(ms).getUTCMonth();
  const named = pattern.replace(/M{3,4}/g, (token) => `'${token.length === 4 ? MONTHS[month] : MONTHS[month].slice(0, 3)}'`);
  return lightFormat(utcFieldsAsLocal(ms), named);
}
