import type { Candidate } from './partial';

/**
 * Modifiers after an expression that TimeML keeps inside it, with the `mod` they give: "the next
 * year or so" (APPROX), "1994 or later", "1990 and beyond" (ON_OR_AFTER), "two weeks or more".
 */
const TRAILING: Array<[RegExp, string, 'DATE' | 'DURATION' | 'both']> = [
  [/^\s+or\s+so\b/i, 'APPROX', 'both'],
  // Not "or after": "in 1990 or after the war" goes on to another anchor.
  [/^\s+(?:or\s+later|and\s+beyond)\b/i, 'ON_OR_AFTER', 'DATE'],
  [/^\s+or\s+earlier\b/i, 'ON_OR_BEFORE', 'DATE'],
  [/^\s+or\s+(?:more|longer)\b/i, 'EQUAL_OR_MORE', 'DURATION'],
  [/^\s+or\s+(?:less|shorter)\b/i, 'EQUAL_OR_LESS', 'DURATION'],
];

/** Refiner: extend a date or duration right over a trailing modifier and record its `mod`. */
export function attachTrailingModifiers(text: string, candidates: Candidate[]): Candidate[] {
  return candidates.map((c) => {
    if (c.type === 'SET' || c.type === 'TIME') return c;
    const after = text.slice(c.end, c.end + 16);
    for (const [pattern, mod, types] of TRAILING) {
      if (types !== 'both' && types !== c.type) continue;
      const m = pattern.exec(after);
      // A mod already said ("about two years or so") stays: TIMEX3 carries one.
      if (m) return { ...c, end: c.end + m[0].length, mod: c.mod ?? mod };
    }
    return c;
  });
}
