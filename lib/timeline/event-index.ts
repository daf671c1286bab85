/**
 * Events' marks as sorted numeric arrays, built once per data update so that each frame only
 * binary-searches the visible part. Entry `i` is event `order[i]`.
 */
export interface EventIndex {
  order: Int32Array;
  start: Float64Array;
  end: Float64Array;
  /** Running maximum of `end`: non-decreasing, so "which marks could reach the view" is a binary search too. */
  maxEnd: Float64Array;
}

/** Indexes the given events (all, or a subset such as one lane) already listed in start order. */
export function indexInOrder(order: Int32Array, markStart: Float64Array, markEnd: Float64Array): EventIndex {
  const n = order.length;
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  const maxEnd = new Float64Array(n);
  let running = -Infinity;
  for (let i = 0; i < n; i++) {
    const e = order[i];
    start[i] = markStart[e];
    end[i] = markEnd[e];
    running = Math.max(running, end[i]);
    maxEnd[i] = running;
  }
  return { order, start, end, maxEnd };
}

/** Event numbers sorted by mark start (then end, then number, so the order is stable). */
export function startOrder(markStart: Float64Array, markEnd: Float64Array): Int32Array {
  const order = Int32Array.from({ length: markStart.length }, (_, i) => i);
  return order.sort((a, b) => markStart[a] - markStart[b] || markEnd[a] - markEnd[b] || a - b);
}

/** First position in a sorted array whose value is >= x. */
export function lowerBound(sorted: ArrayLike<number>, x: number, lo = 0, hi = sorted.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First position in a sorted array whose value is > x. */
export function upperBound(sorted: ArrayLike<number>, x: number, lo = 0, hi = sorted.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Positions [lo, hi) of the marks that may overlap [from, to]: every mark before `lo` ends before `from`,
 * every mark from `hi` on starts after `to`. Marks inside may still end before `from`; callers check `end`.
 */
export function candidateRange(index: EventIndex, from: number, to: number): [number, number] {
  const lo = lowerBound(index.maxEnd, from);
  return [lo, upperBound(index.start, to, lo)];
}
