import type { Candidate } from './partial';

/** Modifiers TimeML keeps inside the expression, with the `mod` they give it. */
const MODIFIERS: Array<[RegExp, string]> = [
  // "earlier this year", "later that day": the comparative places the event in part of the period.
  [/\b(?:earlier|later)\s+(?:in\s+)?$/i, 'EARLIER_LATER'],
  [/\b(?:the\s+)?(?:very\s+)?(?:early|beginning\s+of|start\s+of|the\s+beginning\s+of|the\s+start\s+of)\s*(?:the\s+)?$/i, 'START'],
  [/\b(?:the\s+)?(?:late|end\s+of|close\s+of)\s*(?:the\s+)?$/i, 'END'],
  // "the last half of the '80s" (TimeBank: 198, END), "the first half of the 19th century": on a decade or century only;
  // a half of a year has a value of its own (1989-H2).
  [/\b(?:the\s+)?first\s+half\s+of\s+(?:the\s+)?$/i, 'HALF_START'],
  [/\b(?:the\s+)?(?:second|latter|last)\s+half\s+of\s+(?:the\s+)?$/i, 'HALF_END'],
  [/\b(?:the\s+)?(?:mid-?|middle\s+of)\s*(?:the\s+)?$/i, 'MID'],
  [/\b(?:about|around|approximately|roughly|some|an\s+estimated|almost|nearly)\s+$/i, 'APPROX'],
  // "c. 1450", "ca. 300 BC", "circa 1800": the historian's "about", on a date. Lower-case "c.": "D.C. 1990" is no circa.
  [/(?<![\w.])(?:c\.|ca\.|[Cc]irca)\s*$/, 'CIRCA'],
  // "around 387 BC", "approximately 1450": on a year only; TimeBank leaves "around" outside "around Wednesday", "around 7:15 p.m.".
  // "about" only after a preposition of time ("in about 559 BC"): "a film about 1968" is about the year, not near it.
  [/(?:\b(?:around|approximately)|(?<=\b(?:in|from|since|until|till|by|after|before)\s+)about)\s+$/i, 'AROUND_YEAR'],
  [/\b(?:more\s+than|over|longer\s+than)\s+$/i, 'MORE_THAN'],
  [/\b(?:less\s+than|under|fewer\s+than|shorter\s+than)\s+$/i, 'LESS_THAN'],
  [/\b(?:at\s+least|no\s+less\s+than)\s+$/i, 'EQUAL_OR_MORE'],
  [/\b(?:at\s+most|no\s+more\s+than|up\s+to)\s+$/i, 'EQUAL_OR_LESS'],
];
/** Whether any modifier could end `before`, ignoring case: most expressions have none, and one test is cheaper than each. */
const ANY_MODIFIER = new RegExp(MODIFIERS.map(([pattern]) => `(?:${pattern.source})`).join('|'), 'i');
/** Point modifiers make sense on dates, quantity modifiers on durations and on "two years ago". */
const FOR_DATES = new Set(['START', 'END', 'MID', 'EARLIER_LATER', 'CIRCA', 'AROUND_YEAR', 'HALF_START', 'HALF_END']);
/** What each modifier key is written as in TIMEX3 `mod`, where the two differ. */
const MOD_OF: Record<string, string> = { CIRCA: 'APPROX', AROUND_YEAR: 'APPROX', HALF_START: 'START', HALF_END: 'END' };
const isDecadeOrCentury = (p: Candidate['partial']) => p.kind === 'literal' && /^(?:BC)?\d{2,3}$/.test(p.value);
/** A year, decade or century, with or without its era: what "around" may qualify as a date. */
const isYearish = (p: Candidate['partial']) =>
  (p.kind === 'literal' && /^(?:BC)?\d{2,4}$/.test(p.value)) || (p.kind === 'calendar' && p.year !== undefined && p.month === undefined && p.season === undefined && p.quarter === undefined && p.half === undefined);
/** "earlier"/"later" only qualify an anchored period ("this year", "that day", "yesterday"), not "earlier Tuesday's vote". */
const ANCHORED = /^(?:this|that|the|yesterday|today|tonight)\b/i;
const LOOK_BACK = 24;
/**
 * "over" means "more than" after a verb of lasting or a preposition ("lasted over a week", "for over a decade", "just
 * over an hour"); after anything else it is the preposition "across": "1,500 flights over two days", "evolved over several years".
 */
const OVER_AS_MORE_THAN = /\b(?:last|lasts|lasted|lasting|take|takes|took|taking|taken|spend|spends|spent|for|in|within|after|of|by|than|just|well|slightly|barely)\s+over\s+$/i;
/** A clock time in digits ("7:15 p.m.") or an hour in words ("nine in the morning", "ten o'clock"). */
const CLOCK = /^\d{1,2}(?:[:.]\d\d)?\s?(?:[ap]\.?m\b|o'?clock)|^\d{1,2}[:.]\d\d\b|^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:o'?clock|in\s+the)\b/i;

/**
 * Refiner: extend each candidate left over a modifier ("early next year" -> `START`, "around
 * 45 minutes" -> `APPROX`, "mid-1990s" -> `MID`, "c. 1450" -> `APPROX`) and record it as the TIMEX3 `mod`.
 */
export function attachModifiers(text: string, candidates: Candidate[]): Candidate[] {
  return candidates.map((c) => {
    if (c.mod || c.type === 'SET') return c;
    const before = text.slice(Math.max(0, c.start - LOOK_BACK), c.start);
    // A modifier is a word: with no letter before the expression there is none to take in.
    if (!/[a-z]/i.test(before) || !ANY_MODIFIER.test(before)) return c;
    const surface = text.slice(c.start, c.end);
    const quantified = c.type === 'DURATION' || (c.rule === 'ago' && /^\S+\s/.test(surface));
    const definite = /^the\b/i.test(surface);
    for (const [pattern, mod] of MODIFIERS) {
      // "about 2.40am", "around 7:15 p.m.": a clock time can be approximate too.
      const approximateClock = mod === 'APPROX' && c.type === 'TIME' && CLOCK.test(surface);
      if (FOR_DATES.has(mod) ? c.type === 'DURATION' : !quantified && !approximateClock) continue;
      if (mod === 'EARLIER_LATER' && !ANCHORED.test(surface)) continue;
      if (mod === 'AROUND_YEAR' && !isYearish(c.partial)) continue;
      if ((mod === 'HALF_START' || mod === 'HALF_END') && !isDecadeOrCentury(c.partial)) continue;
      // "over the past year" is a preposition before a period, not "more than" a quantity.
      if (!FOR_DATES.has(mod) && definite) continue;
      const m = pattern.exec(before);
      if (!m) continue;
      if (mod === 'MORE_THAN' && /^over\b/i.test(m[0].trimStart()) && !OVER_AS_MORE_THAN.test(before)) continue;
      const word = mod === 'EARLIER_LATER' ? (/^earlier/i.test(m[0]) ? 'START' : 'END') : (MOD_OF[mod] ?? mod);
      return { ...c, start: c.start - (before.length - m.index), mod: word };
    }
    return c;
  });
}
