/**
 * Greedy interval packing: items in start order go into the first row that is free at their start.
 * `start(i)` is item i's start along the time axis; `end(i)` is where its mark or label ends, and is only
 * asked for items that find a row, so callers can measure labels lazily. Returns each item's row, or -1
 * when every row is taken (those items are left for clustering). Pass `out` to reuse a buffer across frames.
 */
export function packRows(count: number, rowCount: number, start: (i: number) => number, end: (i: number) => number, gap = 10, out?: Int16Array): Int16Array {
  const rows = out && out.length >= count ? out : new Int16Array(count);
  rows.fill(-1, 0, count);
  if (rowCount <= 0) return rows;
  const rowEnd = new Float64Array(rowCount).fill(-Infinity);
  // While an item starts before the earliest row end, no row can take it: skip without scanning rows.
  let earliestEnd = -Infinity;
  for (let i = 0; i < count; i++) {
    const s = start(i);
    if (s < earliestEnd + gap) continue;
    let r = 0;
    while (rowEnd[r] + gap > s) r++;
    rows[i] = r;
    rowEnd[r] = Math.max(end(i), s);
    earliestEnd = rowEnd[0];
    for (let j = 1; j < rowCount; j++) if (rowEnd[j] < earliestEnd) earliestEnd = rowEnd[j];
  }
  return rows;
}
