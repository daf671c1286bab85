/** Items that did not fit a row, gathered into one mark with a count. Extents are along the time axis. */
export interface Cluster {
  count: number;
  /** Pixel extent of the cluster mark. */
  t0: number;
  t1: number;
  /** Item numbers of the members, in start order. */
  members: number[];
}

/**
 * Gathers the items left without a row (`rows[i] === -1`) into clusters: an item joins the open cluster
 * when it starts within `width` pixels of that cluster's start. Items must come in start order.
 */
export function clusterOverflow(rows: Int16Array, start: (i: number) => number, width: number): Cluster[] {
  const clusters: Cluster[] = [];
  let open: Cluster | undefined;
  for (let i = 0; i < rows.length; i++) {
    if (rows[i] !== -1) continue;
    const s = start(i);
    if (open && s < open.t0 + width) {
      open.count++;
      open.members.push(i);
      open.t1 = Math.max(open.t1, s);
    } else {
      open = { count: 1, t0: s, t1: s, members: [i] };
      clusters.push(open);
    }
  }
  return clusters;
}
