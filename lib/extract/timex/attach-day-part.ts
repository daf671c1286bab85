import type { Candidate } from './partial';
import { DAY_PARTS } from './vocabulary';

/** "the night of", "on the morning of": a part of the day that a date after it names. */
const PART_OF = /\b(?:the\s+)?(morning|afternoon|evening|night)\s+of\s+$/i;
const LOOK_BACK = 24;

/** Whether a candidate names one whole day: "5 June", "June 5, 1944", "Tuesday" (not a week or a weekend). */
function namesDay(c: Candidate): boolean {
  const p = c.partial;
  if (c.type !== 'DATE' || (p.kind !== 'calendar' && p.kind !== 'weekday') || p.time) return false;
  return p.kind === 'calendar' ? p.day !== undefined && !p.week : !p.weekend;
}

/**
 * Refiner: extend a day left over "the night of" and the like into one TIME, as TimeML tags it:
 * "the night of 5 June" -> `1944-06-05TNI`, "the morning of Tuesday" -> `...TMO`. The day-part rule
 * leaves "the night of" alone, since the night is that day's, not the story's.
 */
export function attachDayPart(text: string, candidates: Candidate[]): Candidate[] {
  return candidates.map((c) => {
    if (!namesDay(c)) return c;
    const before = text.slice(Math.max(0, c.start - LOOK_BACK), c.start);
    const m = PART_OF.exec(before);
    if (!m) return c;
    const time = `T${DAY_PARTS[m[1].toLowerCase()]}`;
    return { ...c, start: c.start - (before.length - m.index), type: 'TIME', partial: { ...c.partial, time } as Candidate['partial'] };
  });
}
