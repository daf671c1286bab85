import type { Candidate } from './partial';

/**
 * Refiner: where candidates overlap, the longest wins ("two weeks ago" over "two weeks"); on equal
 * length the earlier stage in the configuration wins. Returns the survivors sorted by start.
 */
export function removeOverlaps(candidates: Candidate[], priority: (c: Candidate) => number): Candidate[] {
  const ranked = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || priority(a) - priority(b) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of ranked) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
