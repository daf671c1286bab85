/** Named days and how to find them in a given year: fixed dates, nth weekdays and Easter-relative feasts. */

/** An nth weekday counts from day 1 of its month, or from `from` ("the first Tuesday after the first Monday" is from the 2nd). */
type Rule = { month: number; day: number } | { month: number; weekday: number; nth: number; from?: number } | { easter: number };

export const HOLIDAYS: Record<string, Rule> = {
  "new year's day": { month: 1, day: 1 },
  "new year's eve": { month: 12, day: 31 },
  "valentine's day": { month: 2, day: 14 },
  "st. patrick's day": { month: 3, day: 17 },
  "saint patrick's day": { month: 3, day: 17 },
  'independence day': { month: 7, day: 4 },
  'bastille day': { month: 7, day: 14 },
  halloween: { month: 10, day: 31 },
  'veterans day': { month: 11, day: 11 },
  'armistice day': { month: 11, day: 11 },
  'remembrance day': { month: 11, day: 11 },
  'christmas eve': { month: 12, day: 24 },
  'christmas day': { month: 12, day: 25 },
  christmas: { month: 12, day: 25 },
  'boxing day': { month: 12, day: 26 },
  // The English quarter days and feasts that chronicles date by.
  candlemas: { month: 2, day: 2 },
  'lady day': { month: 3, day: 25 },
  'midsummer day': { month: 6, day: 24 },
  lammas: { month: 8, day: 1 },
  michaelmas: { month: 9, day: 29 },
  "all saints' day": { month: 11, day: 1 },
  "all souls' day": { month: 11, day: 2 },
  martinmas: { month: 11, day: 11 },
  'martin luther king day': { month: 1, weekday: 1, nth: 3 },
  "presidents' day": { month: 2, weekday: 1, nth: 3 },
  'memorial day': { month: 5, weekday: 1, nth: -1 },
  'labor day': { month: 9, weekday: 1, nth: 1 },
  'columbus day': { month: 10, weekday: 1, nth: 2 },
  'thanksgiving day': { month: 11, weekday: 4, nth: 4 },
  thanksgiving: { month: 11, weekday: 4, nth: 4 },
  // The U.S. general election: the Tuesday after the first Monday in November.
  'election day': { month: 11, weekday: 2, nth: 1, from: 2 },
  'shrove tuesday': { easter: -47 },
  'ash wednesday': { easter: -46 },
  'palm sunday': { easter: -7 },
  'maundy thursday': { easter: -3 },
  'good friday': { easter: -2 },
  'easter sunday': { easter: 0 },
  easter: { easter: 0 },
  'easter monday': { easter: 1 },
  'ascension day': { easter: 39 },
  whitsun: { easter: 49 },
  'whit sunday': { easter: 49 },
  whitsunday: { easter: 49 },
  pentecost: { easter: 49 },
};

/** The first year of the Gregorian calendar: the dates of earlier years are given in the Julian one, and so is their Easter. */
const FIRST_GREGORIAN_YEAR = 1583;

/** Easter Sunday (Julian), by Meeus's Julian algorithm. */
function julianEaster(year: number): Date {
  const d = (19 * (year % 19) + 15) % 30;
  const e = (2 * (year % 4) + 4 * (year % 7) - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31);
  return new Date(Date.UTC(year, month - 1, ((d + e + 114) % 31) + 1));
}

/** Easter Sunday: Gregorian, by the anonymous algorithm (Meeus/Jones/Butcher), from 1583; Julian before. */
function easter(year: number): Date {
  if (year < FIRST_GREGORIAN_YEAR) return julianEaster(year);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(year, month - 1, day));
}

/** The day a holiday falls on in `year`. */
export function holidayDate(name: string, year: number): Date {
  const rule = HOLIDAYS[name];
  if ('easter' in rule) {
    const d = easter(year);
    d.setUTCDate(d.getUTCDate() + rule.easter);
    return d;
  }
  if ('day' in rule) return new Date(Date.UTC(year, rule.month - 1, rule.day));
  if (rule.nth > 0) {
    const from = rule.from ?? 1;
    const first = new Date(Date.UTC(year, rule.month - 1, from)).getUTCDay();
    return new Date(Date.UTC(year, rule.month - 1, from + ((rule.weekday - first + 7) % 7) + 7 * (rule.nth - 1)));
  }
  const last = new Date(Date.UTC(year, rule.month, 0));
  return new Date(Date.UTC(year, rule.month - 1, last.getUTCDate() - ((last.getUTCDay() - rule.weekday + 7) % 7)));
}
