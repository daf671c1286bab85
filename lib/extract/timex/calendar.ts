/** Calendar arithmetic on UTC days, so results never depend on the machine's time zone. */
import type { Unit } from './partial';

/** A UTC day; months and days past their end roll over. Years 0-99 are those years, not 1900-1999 as `Date.UTC` reads them. */
export function day(year: number, month: number, date: number): Date {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, date);
  return d;
}

/** Parse `YYYY-MM-DD` into a UTC day, or `null` if it is not a real calendar day. */
export function parseDay(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const d = day(Number(m[1]), Number(m[2]), Number(m[3]));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() + 1 === Number(m[2]) && d.getUTCDate() === Number(m[3]) ? d : null;
}

export const pad = (n: number, width = 2) => String(n).padStart(width, '0');
/** A TIMEX3 year: `0043`, `2024`; a negative year is one before Christ as chrono reads it (44 BC is -44), `BC0044`. */
/** Minutes past midnight of a TIMEX3 clock part (`T21:30` -> 1290); `undefined` for a part of the day (`TNI`). */
export function clockMinutes(time: string | undefined): number | undefined {
  const clock = time && /^T(\d{2}):(\d{2})$/.exec(time);
  return clock ? Number(clock[1]) * 60 + Number(clock[2]) : undefined;
}

export const formatYear = (year: number) => (year < 0 ? `BC${pad(-year, 4)}` : pad(year, 4));
export const formatDay = (d: Date) => `${formatYear(d.getUTCFullYear())}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** ISO 8601 week-numbering year and week of a day. */
export function isoWeek(d: Date): { year: number; week: number } {
  const thursday = new Date(d.getTime());
  thursday.setUTCDate(d.getUTCDate() + 3 - ((d.getUTCDay() + 6) % 7));
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 / 7);
  return { year, week };
}

/** `d` moved by `amount` calendar units; months clamp to the month's last day. */
export function addUnits(d: Date, unit: Unit, amount: number): Date {
  const r = new Date(d.getTime());
  switch (unit) {
    case 'minute':
    case 'hour':
    case 'day':
      r.setUTCDate(r.getUTCDate() + (unit === 'day' ? amount : 0));
      return r;
    case 'week':
    case 'weekend':
      r.setUTCDate(r.getUTCDate() + 7 * amount);
      return r;
    case 'month':
    case 'quarter':
    case 'half':
    case 'season': {
      const months = amount * { month: 1, quarter: 3, half: 6, season: 3 }[unit];
      const target = day(r.getUTCFullYear(), r.getUTCMonth() + 1 + months, 1);
      const last = day(target.getUTCFullYear(), target.getUTCMonth() + 2, 0).getUTCDate();
      return day(target.getUTCFullYear(), target.getUTCMonth() + 1, Math.min(r.getUTCDate(), last));
    }
    case 'year':
    case 'decade':
    case 'century': {
      const years = amount * { year: 1, decade: 10, century: 100 }[unit];
      return addUnits(r, 'month', 12 * years);
    }
  }
}

/** The TIMEX3 value naming the `unit` that contains `d`: `2024-02-16`, `2024-W06`, `2024-Q1`, `202`, ... */
export function formatUnit(d: Date, unit: Unit): string {
  const y = formatYear(d.getUTCFullYear());
  const m = d.getUTCMonth() + 1;
  switch (unit) {
    case 'minute':
    case 'hour':
    case 'day':
      return formatDay(d);
    case 'week':
    case 'weekend': {
      const w = isoWeek(d);
      return `${pad(w.year, 4)}-W${pad(w.week)}${unit === 'weekend' ? '-WE' : ''}`;
    }
    case 'month':
      return `${y}-${pad(m)}`;
    case 'quarter':
      return `${y}-Q${Math.ceil(m / 3)}`;
    case 'half':
      return `${y}-H${m <= 6 ? 1 : 2}`;
    case 'season':
      return `${y}-${['WI', 'WI', 'SP', 'SP', 'SP', 'SU', 'SU', 'SU', 'FA', 'FA', 'FA', 'WI'][m - 1]}`;
    case 'year':
      return y;
    case 'decade':
      return y.slice(0, -1);
    case 'century':
      return y.slice(0, -2);
  }
}

/** The value a unit takes when no anchor date is known. */
export const UNKNOWN: Record<Unit, string> = {
  minute: 'XXXX-XX-XX', hour: 'XXXX-XX-XX', day: 'XXXX-XX-XX', week: 'XXXX-WXX', weekend: 'XXXX-WXX-WE', month: 'XXXX-XX',
  quarter: 'XXXX-QX', half: 'XXXX-HX', season: 'XXXX-XX', year: 'XXXX', decade: 'XXX', century: 'XX',
};
