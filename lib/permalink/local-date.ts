import { format, type Locale } from 'date-fns';
import { de, enGB, enUS, es, fr, it, nl, pl, pt, sv } from 'date-fns/locale';
import type { EventDate } from '@/lib/model';
import { shortDate } from '@/lib/timeline/date-in-words';
import { markSpan } from '@/lib/timeline/span-geometry';
import { utcFieldsAsLocal } from '@/lib/timeline/utc-fields';
import type { EmbedLang } from './embed-options';

const LOCALES: Record<EmbedLang, Locale> = { 'en-GB': enGB, 'en-US': enUS, de, es, fr, it, nl, pl, pt, sv };

/** date-fns patterns that read naturally in every locale: the locale's own long date, month and year. */
const PATTERNS: Partial<Record<EventDate['granularity'], string>> = {
  time: 'PPP p',
  day: 'PPP',
  month: 'LLLL y',
  quarter: 'QQQ y',
};

/**
 * An event's date in the embed's language: "29 January 2024", "January 29th, 2024", "29 janvier 2024".
 * Seasons, years, decades, centuries, ranges and BCE dates are numbers and era words, so they use the
 * timeline's own short form, which every language can read.
 */
export function localDate(date: Pick<EventDate, 'start' | 'end' | 'granularity' | 'approximate' | 'value'>, lang: EmbedLang): string {
  const pattern = PATTERNS[date.granularity];
  const start = Date.parse(date.start);
  if (!pattern || markSpan(date).kind === 'range' || new Date(start).getUTCFullYear() < 1) return shortDate(date);
  const text = format(utcFieldsAsLocal(start), pattern, { locale: LOCALES[lang] });
  const prefix = date.granularity === 'time' ? `${text} UTC` : text;
  return date.approximate ? `c. ${prefix}` : prefix;
}
