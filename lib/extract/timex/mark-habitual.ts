import type { Candidate } from './partial';

/** An adverb of habit earlier in the clause: "Denver usually sees its first snow by Oct. 18". */
const HABIT_BEFORE = /\b(?:usually|typically|normally|traditionally|customarily)\b[^.;!?"“”]*$/i;
const REACH = 80;

/**
 * Refiner: a month or a day without a year, in a clause that tells a habit, may be any year's (TimeML's `XXXX-10-18`).
 * resolve.ts makes it so only when no tensed verb dates the clause: "usually saw" is a habit of years gone by.
 */
export function markHabitual(text: string, candidates: Candidate[]): Candidate[] {
  return candidates.map((c) => {
    const p = c.partial;
    if (p.kind !== 'calendar' || p.month === undefined || p.year !== undefined || p.yearShift !== undefined || p.direction !== undefined) return c;
    return HABIT_BEFORE.test(text.slice(Math.max(0, c.start - REACH), c.start)) ? { ...c, partial: { ...p, anyYear: true } } : c;
  });
}
