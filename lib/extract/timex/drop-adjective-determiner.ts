import type { Candidate } from './partial';

/** "the third-quarter loss", "the 14-day waiting period": the expression ends in a hyphenated modifier before a noun. */
const HYPHENATED_END = /^the\s+\S*-\S+$/i;
/** A lower-case word that can head a noun; a pronoun, article or conjunction opens a clause instead ("By the mid-1990s it served"). */
const NOUN_NEXT = /^\s+(?!(?:it|he|she|they|we|i|you|the|a|an|its|his|her|their|this|these|those|there|and|or|but|when|as|was|were|is|are)\b)[a-z]/;

/**
 * Refiner: when a hyphenated expression modifies a noun ("the third-quarter loss"), "the" belongs
 * to the noun phrase, not to the expression, so TimeML leaves it out ("third-quarter").
 */
export function dropAdjectiveDeterminer(text: string, candidates: Candidate[]): Candidate[] {
  return candidates.map((c) => {
    const surface = text.slice(c.start, c.end);
    if (!HYPHENATED_END.test(surface) || !NOUN_NEXT.test(text.slice(c.end, c.end + 8))) return c;
    const skip = /^the\s+/i.exec(surface)![0].length;
    return { ...c, start: c.start + skip };
  });
}
