/** Items that did not fit a row, gathered into one mark with a count. Extents are along the time axis. */
export interface Cluster {
  count: number;
  /** Start of the first member and of the last; the mark is drawn from t0. */
  t0: number;
  t1: number;
  /** Where the members' marks end (the furthest). */
  end: number;
  /** Item number of the first member. */
  first: number;
}

/**
 * Gathers the items left without a row (`rows[i] === -1`) into clusters: an item joins the open cluster
 * when it starts within `width` pixels of that cluster's start. Items must come in start order. Members
 * are counted, not listed, so a frame with 100,000 leftovers allocates only the clusters.
 */
export function clusterOverflow(rows: Int16Array, count: number, start: (i: number) => number, end: (i: number) => number, width: number): Cluster[] {
  const clusters: Cluster[] = [];
  let open: Cluster | undefined;
  for (let i = 0; i < count; i++) {
    if (rows[i] !== -1) continue;
    const s = start(i);
    if (open && s < open.t0 + width) {
      open.count++;
      open.t1 = s;
      open.end = Math.max(open.end, end(i));
    } else {
      open = { count: 1, t0: s, t1: s, end: end(i), first: i };
      clusters.push(open);
    }
  }
  return clusters;
}
