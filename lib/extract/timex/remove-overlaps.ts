import type { Candidate } from './partial';

/** Whether candidates are already in text order, none empty and none overlapping the next: then all of them survive as they are. */
function disjointInOrder(candidates: readonly Candidate[]): boolean {
  return candidates.every((c, i) => c.end > c.start && (i === 0 || c.start >= candidates[i - 1].end));
}

/**
 * Refiner: where candidates overlap, the longest wins ("two weeks ago" over "two weeks"); on equal
 * length the earlier stage in the configuration wins. Returns the survivors sorted by start.
 * Taken characters are marked in a bitmap, so the cost is linear in the text, not quadratic in the hits.
 */
export function removeOverlaps(candidates: Candidate[], priority: (c: Candidate) => number): Candidate[] {
  // After the first pass, refiners seldom make two candidates overlap again: no need to rank them.
  if (disjointInOrder(candidates)) return [...candidates];
  const ranked = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || priority(a) - priority(b) || a.start - b.start);
  const limit = candidates.reduce((max, c) => Math.max(max, c.end), 0);
  const taken = new Uint8Array(limit);
  const kept: Candidate[] = [];
  for (const c of ranked) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
