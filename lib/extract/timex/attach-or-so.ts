import type { Candidate } from './partial';

/** "or so" right after an expression: TimeML keeps it inside, as `mod="APPROX"` ("the next year or so"). */
const OR_SO = /^\s+or\s+so\b/i;

/** Refiner: extend a date or duration right over a trailing "or so" and mark it approximate. */
export function attachOrSo(text: string, candidates: Candidate[]): Candidate[] {
  return candidates.map((c) => {
    if (c.type === 'SET' || c.type === 'TIME') return c;
    const m = OR_SO.exec(text.slice(c.end, c.end + 12));
    // A mod already said ("about two years or so") stays: TIMEX3 carries one.
    return m ? { ...c, end: c.end + m[0].length, mod: c.mod ?? 'APPROX' } : c;
  });
}
