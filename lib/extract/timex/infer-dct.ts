/**
 * Guess a document's publication date from its own text when none is given. Evidence, strongest first:
 * full dates ("January 29, 2024"); countdowns ("a year to go until the 2025 Games" -> 2024); a weekday
 * stated for a day of a month ("Sunday service ... on February 11" is a Sunday only in some years).
 * Without evidence the DCT stays unknown, and relative expressions stay unresolved.
 */
import type { Dct } from '@/lib/model';
import { day, formatDay } from './calendar';
import type { Candidate } from './partial';
import { parseNumber } from './numbers';
import { NUMBER, YEAR } from './patterns';
import { tenseAround } from './tense';

/** "a year to go until the 2025 Games", "two years before the 2028 Olympics": the countdown and what it counts to. */
const COUNTDOWN = new RegExp(`\\b(${NUMBER})\\s+years?\\s+(?:to\\s+go\\s+)?(?:until|before|ahead\\s+of|away\\s+from)\\s+([^.,;:!?\\n]{1,80})`, 'gi');
/** The last run of capitalised words in a phrase: the name of what a countdown counts to. */
const NAME = /((?:[A-Z][\w-]*\s+)*[A-Z][\w-]*)\s*$/;
/** A sentence end between two words; the point of a decimal ("5.25 per cent") is not one. */
const SENTENCE_GAP = /[!?\n]|\.(?!\d)/;
/** A dateline before a date at the start of a story: "LONDON, " in "LONDON, March 21 - The Bank ...". */
const DATELINE_PLACE = /^\s*\p{Lu}[\p{Lu} .,'-]*,\s*$/u;
/** How far past the latest mentioned year a weekday agreement may place the DCT. */
const AGREEMENT_WINDOW = 12;
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

type Calendar = Extract<Candidate['partial'], { kind: 'calendar' }>;

export function inferDct(text: string, candidates: Candidate[]): Dct {
  const calendars = candidates.filter((c): c is Candidate & { partial: Calendar } => c.partial.kind === 'calendar');
  const full = calendars.filter((c) => c.partial.year !== undefined && c.partial.month !== undefined && c.partial.day !== undefined);
  if (full.length > 0) {
    // A story is written after what it reports and before what it announces: the latest date not in the
    // future tense, or else the earliest announced one.
    const dates = (list: typeof full) => list.map((c) => day(c.partial.year!, c.partial.month!, c.partial.day!));
    const reported = full.filter((c) => tenseAround(text, c.start, c.end) !== 1);
    const pick = reported.length > 0 ? dates(reported).reduce((a, b) => (a > b ? a : b)) : dates(full).reduce((a, b) => (a < b ? a : b));
    const which = reported.length > 0 ? 'latest full date reported in the text' : 'earliest full date announced in the text';
    // A history tells of years after its last full date ("The Wall fell in 1989" after "8 May 1945"):
    // its dates say when things happened, not when it was written.
    const later = latestPastYear(text, candidates);
    if (later !== undefined && later > pick.getUTCFullYear()) {
      return { value: null, source: 'none', reason: `a history: it reports ${later}, after its latest full date ${formatDay(pick)}, so that date is not when it was written` };
    }
    return { value: formatDay(pick), source: 'inferred', reason: `${which}: ${formatDay(pick)}` };
  }
  const reasons: string[] = [];
  let year: number | undefined;
  for (const m of text.matchAll(COUNTDOWN)) {
    const n = parseNumber(m[1]);
    const target = countdownTarget(text, m[2]);
    if (n && Number.isInteger(n) && target) {
      year = target.year - n;
      reasons.push(`"${m[0].replace(/\s+/g, ' ').slice(0, 80)}" with "${target.text}" -> ${year}`);
      break;
    }
  }
  // Years the text reports (not announces) bound the DCT from below: "He resigned in 2015" was written in 2015 or later.
  const mentionedYears = candidates.flatMap((c) => {
    const year = c.partial.kind === 'literal' && /^\d{4}$/.test(c.partial.value) ? Number(c.partial.value) : c.partial.kind === 'calendar' ? c.partial.year : undefined;
    return year !== undefined && year > 0 && tenseAround(text, c.start, c.end) !== 1 ? [year] : [];
  });
  const agreements = weekdayAgreements(text, candidates, calendars);
  if (agreements.length > 0) {
    const { weekday, month, date } = agreements[0];
    const floor = year ?? (mentionedYears.length ? Math.min(mentionedYears.reduce((a, b) => Math.max(a, b)), new Date().getUTCFullYear()) : undefined);
    if (floor !== undefined) {
      const agreeing = [...Array(AGREEMENT_WINDOW + 1).keys()].map((i) => floor + i).filter((y) => day(y, month, date).getUTCDay() === weekday);
      if (year === undefined && agreeing.length > 0) year = agreeing[0];
      if (year !== undefined && agreeing.includes(year)) {
        reasons.push(`${MONTH_NAMES[month - 1]} ${date} is a ${WEEKDAY_NAMES[weekday]} in ${year}`);
      }
    }
  }
  if (year === undefined) return { value: null, source: 'none', reason: 'no dated evidence in the text' };
  const days = calendars.filter((c) => c.partial.month !== undefined && c.partial.day !== undefined);
  const dateline = days.find((c) => DATELINE_PLACE.test(text.slice(0, c.start)));
  const reported = days.filter((c) => tenseAround(text, c.start, c.end) !== 1);
  const at = (c: (typeof days)[number]) => day(year!, c.partial.month!, c.partial.day!);
  const latest = (reported.length ? reported : days).map(at).reduce<Date | undefined>((a, b) => (a && a > b ? a : b), undefined);
  const value = dateline ? at(dateline) : (latest ?? day(year, 1, 1));
  reasons.push(dateline ? `day: the dateline's, ${formatDay(value)}` : latest ? `day: the latest date reported, ${formatDay(value)}` : 'day unknown: first of the year');
  return { value: formatDay(value), source: 'inferred', reason: reasons.join('; ').slice(0, 500) };
}

/** The first year of a year or decade value ("1989", "199" for the 1990s). */
function firstYear(p: Candidate['partial']): number | undefined {
  if (p.kind === 'calendar') return p.year;
  if (p.kind !== 'literal' || !/^\d{3,4}$/.test(p.value)) return undefined;
  return Number(p.value) * (p.value.length === 3 ? 10 : 1);
}

/** The latest year the text states in the past tense ("fell in November 1989", "in 1989, it won", "in the 1990s they quarrelled"). */
function latestPastYear(text: string, candidates: Candidate[]): number | undefined {
  let latest: number | undefined;
  for (const c of candidates) {
    const year = firstYear(c.partial);
    if (year !== undefined && (latest === undefined || year > latest) && tenseAround(text, c.start, c.end) === -1) latest = year;
  }
  return latest;
}

/** Weekdays and month days stated in the same sentence, as (weekday, month, day) triples. */
function weekdayAgreements(text: string, candidates: Candidate[], calendars: Array<Candidate & { partial: Calendar }>) {
  const found: Array<{ weekday: number; month: number; date: number }> = [];
  for (const w of candidates) {
    if (w.partial.kind !== 'weekday' || w.partial.direction) continue;
    for (const c of calendars) {
      if (c.partial.year !== undefined || c.partial.month === undefined || c.partial.day === undefined) continue;
      const [from, to] = c.start > w.end ? [w.end, c.start] : [c.end, w.start];
      if (to - from > 150 || to < from || SENTENCE_GAP.test(text.slice(from, to))) continue;
      found.push({ weekday: w.partial.weekday, month: c.partial.month, date: c.partial.day });
    }
  }
  return found;
}

/** The year of what a countdown counts to: stated in the phrase ("until the 2025 Games") or elsewhere ("the 2025 Invictus Games"). */
function countdownTarget(text: string, phrase: string): { year: number; text: string } | undefined {
  const inPhrase = new RegExp(YEAR).exec(phrase);
  if (inPhrase) return { year: Number(inPhrase[0]), text: phrase };
  const name = NAME.exec(phrase.replace(/['’]s\b/g, ''))?.[1];
  if (!name) return undefined;
  // "Harry's Invictus Games" may be "the 2025 Invictus Games" elsewhere: try the name's tails, longest first.
  const words = name.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  for (let from = Math.max(0, words.length - 3); from < words.length; from++) {
    const mention = new RegExp(`(${YEAR})\\s+(?:[A-Z][\\w'’-]*\\s+){0,3}?${words.slice(from).join('\\s+')}\\b`).exec(text);
    if (mention) return { year: Number(mention[1]), text: mention[0] };
  }
  return undefined;
}
