/**
 * TempEval-3 Task A scoring, as the official toolkit computes it (TE3-evaluation.py, which runs the
 * TimeML-Normalizer to align gold and system ids and then evaluation-entities/evaluate_entities.py):
 *
 * - A gold and a system timex that share an aligned id are a relaxed match; if their text is also
 *   identical they are a strict match. Here the alignment is one-to-one over character extents.
 * - Counts are summed over all files before dividing (micro-average):
 *   P = matches / |system|, R = matches / |gold|, F1 = 2PR / (P + R).
 * - Empty or blank timexes count in |gold| and |system| but never match (the toolkit skips them).
 * - Attribute scores (value, type): the toolkit prints `accuracy × relaxed F1`, with accuracy =
 *   correct / relaxed matches. That equals the F1 of P = correct / |system| and R = correct / |gold|:
 *   (c/m) · 2m/(S+G) = 2c/(S+G). We compute the latter so P and R can be shown too.
 * - With no gold and no system timexes at all, every score is 1 (as in the toolkit).
 *
 * Alignment, read from the normalizer's source (hllorens/timeml-normalizer, TimeML_Normalizer.java):
 * it walks the PTB tokens, and when a timex begins while a timex of the other annotation is open
 * and not yet paired, the two are paired. So: any overlap, one-to-one, earliest first. Inline
 * TimeML cannot hold overlapping timexes, so within gold and within system output none overlap;
 * then identical extents always end up paired, and pairing at each begin finds as many pairs as
 * possible. We compute the same with identical extents first and a maximum matching of the rest,
 * which also stays sensible for overlapping system timexes (possible here, not in TimeML).
 * Not matched: the normalizer compares tokens, we compare characters. They differ only when two
 * extents share a token but no character (rare; e.g. "1998" against "-05" in "1998-05").
 */
import type { Timex } from '../extract/types';

export type Extent = Pick<Timex, 'start' | 'end' | 'text'>;

/** Indices of an aligned gold and system timex. */
export interface TimexPair {
  gold: number;
  system: number;
}

export interface TimexCounts {
  gold: number;
  system: number;
  strict: number;
  relaxed: number;
  value: number;
  type: number;
}

export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
}

export interface TimexScores {
  strict: PrecisionRecall;
  relaxed: PrecisionRecall;
  value: PrecisionRecall;
  type: PrecisionRecall;
}

export const NO_COUNTS: TimexCounts = { gold: 0, system: 0, strict: 0, relaxed: 0, value: 0, type: 0 };

function matchable(t: Extent): boolean {
  return t.end > t.start && t.text.trim() !== '';
}

function overlaps(a: Extent, b: Extent): boolean {
  return a.start < b.end && b.start < a.end;
}

function sameExtent(a: Extent, b: Extent): boolean {
  return a.start === b.start && a.end === b.end;
}

/** Pairs gold and system timexes one-to-one: identical extents first, then as many overlaps as possible. */
export function alignTimexes(gold: readonly Extent[], system: readonly Extent[]): TimexPair[] {
  const systemOf = new Array<number>(gold.length).fill(-1);
  const goldOf = new Array<number>(system.length).fill(-1);

  gold.forEach((g, gi) => {
    if (!matchable(g)) return;
    const si = system.findIndex((s, i) => goldOf[i] === -1 && sameExtent(g, s));
    if (si !== -1) {
      systemOf[gi] = si;
      goldOf[si] = gi;
    }
  });

  // Kuhn's augmenting paths over the overlap graph; exact pairs stay fixed.
  const exact = (gi: number) => systemOf[gi] !== -1 && sameExtent(gold[gi], system[systemOf[gi]]);
  const candidates = gold.map((g) =>
    matchable(g) ? system.flatMap((s, si) => (matchable(s) && overlaps(g, s) ? [si] : [])) : [],
  );
  const tryAssign = (gi: number, seen: Set<number>): boolean => {
    for (const si of candidates[gi]) {
      if (seen.has(si)) continue;
      seen.add(si);
      const owner = goldOf[si];
      if (owner === -1 || (!exact(owner) && tryAssign(owner, seen))) {
        systemOf[gi] = si;
        goldOf[si] = gi;
        return true;
      }
    }
    return false;
  };
  gold.forEach((_, gi) => {
    if (systemOf[gi] === -1) tryAssign(gi, new Set());
  });

  return systemOf.flatMap((si, gi) => (si === -1 ? [] : [{ gold: gi, system: si }]));
}

/** The TempEval-3 counts for one document. */
export function countTimexMatches(gold: readonly Timex[], system: readonly Timex[]): TimexCounts {
  const counts = { ...NO_COUNTS, gold: gold.length, system: system.length };
  for (const pair of alignTimexes(gold, system)) {
    const g = gold[pair.gold];
    const s = system[pair.system];
    counts.relaxed += 1;
    if (sameExtent(g, s)) counts.strict += 1;
    if (g.value === s.value) counts.value += 1;
    if (g.type === s.type) counts.type += 1;
  }
  return counts;
}

export function addCounts(a: TimexCounts, b: TimexCounts): TimexCounts {
  return {
    gold: a.gold + b.gold,
    system: a.system + b.system,
    strict: a.strict + b.strict,
    relaxed: a.relaxed + b.relaxed,
    value: a.value + b.value,
    type: a.type + b.type,
  };
}

function precisionRecall(correct: number, counts: TimexCounts): PrecisionRecall {
  if (counts.gold === 0 && counts.system === 0) return { precision: 1, recall: 1, f1: 1 };
  const precision = counts.system === 0 ? 0 : correct / counts.system;
  const recall = counts.gold === 0 ? 0 : correct / counts.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Micro-averaged scores from counts summed over all documents. */
export function timexScores(counts: TimexCounts): TimexScores {
  return {
    strict: precisionRecall(counts.strict, counts),
    relaxed: precisionRecall(counts.relaxed, counts),
    value: precisionRecall(counts.value, counts),
    type: precisionRecall(counts.type, counts),
  };
}
