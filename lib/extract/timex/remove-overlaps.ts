import type { Candidate } from './partial';

/** Whether candidates are already in text order, none empty and none overlapping the next: then all of them survive as they are. */
function disjointInOrder(candidates: readonly Candidate[]): boolean {
  return candidates.every((c, i) => c.end > c.start && (i === 0 || c.start >= candidates[i - 1].end));
}

/**
 * Characters taken by a kept candidate, marked during one call and cleared before it returns. One buffer, grown as
 * texts need, serves every call (JS is single-threaded): a fresh one per text cost more than the ranking itself.
 */
let taken = new Uint8Array(0);

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
  if (taken.length < limit) taken = new Uint8Array(Math.max(limit, 2 * taken.length));
  const kept: Candidate[] = [];
  for (const c of ranked) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  for (const c of kept) taken.fill(0, c.start, c.end);
  return kept.sort((a, b) => a.start - b.start);
}
