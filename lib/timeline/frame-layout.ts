import { candidateRange, type EventIndex } from './event-index';
import { clusterOverflow } from './cluster';
import { packRows } from './pack-rows';
import type { TimeScale } from './scale';

/** A lane to lay out: its name and the index of its events' marks. */
export interface LaneInput {
  key: string;
  label: string;
  index: EventIndex;
}

export interface FrameInput {
  lanes: LaneInput[];
  collapsed: ReadonlySet<string>;
  /** The visible scale; its range is the time axis in pixels. */
  scale: TimeScale;
  /** Pixels across the time axis per row, and per lane header. */
  rowSize: number;
  headerSize: number;
  /** Pixels across the last row of each lane, which holds its clusters. */
  clusterRowSize?: number;
  /** Rows each expanded lane may use for events (one more row holds its clusters). */
  rowsPerLane: number;
  /** Where an event's mark and label end along the time axis, given where its mark starts and ends. */
  labelEnd: (event: number, t0: number, t1: number) => number;
  /** A cluster gathers the overflow starting within this many pixels; its mark is no wider. */
  clusterWidth: number;
  /** Thinnest span drawn, in pixels. */
  minSpan?: number;
}

export interface LaneGeometry {
  key: string;
  label: string;
  collapsed: boolean;
  /** Events in the lane (all of them, not only those in view). */
  count: number;
  /** Start of the lane across the time axis, and its size; rows start after the header. */
  offset: number;
  size: number;
}

export interface PlacedMark {
  event: number;
  lane: number;
  row: number;
  t0: number;
  t1: number;
}

export interface PlacedCluster {
  lane: number;
  row: number;
  t0: number;
  t1: number;
  count: number;
  /** Event number of the first member: a cluster of one is drawn as this event's mark, from t0 to `end`. */
  first: number;
  /** Where the members' marks end. */
  end: number;
}

export interface FrameLayout {
  lanes: LaneGeometry[];
  marks: PlacedMark[];
  clusters: PlacedCluster[];
  /** Pixels across the time axis that all lanes take. */
  crossLength: number;
}

/**
 * Per-frame working arrays, kept between frames: at 100,000 marks in view, allocating them anew each
 * frame costs megabytes of garbage and collection pauses. Nothing returned refers to them.
 */
let scratch = { t0: new Float64Array(0), t1: new Float64Array(0), events: new Int32Array(0), rows: new Int16Array(0) };
function scratchFor(n: number) {
  if (scratch.t0.length < n) {
    const size = Math.max(n, scratch.t0.length * 2);
    scratch = { t0: new Float64Array(size), t1: new Float64Array(size), events: new Int32Array(size), rows: new Int16Array(size) };
  }
  return scratch;
}

/**
 * Lays out one frame: for each lane, only the marks that reach the view are positioned, packed into rows
 * by their label extents, and the ones that do not fit are gathered into clusters on the lane's last row.
 */
export function layoutFrame(input: FrameInput): FrameLayout {
  const { scale, rowSize, headerSize, minSpan = 3, clusterRowSize = rowSize } = input;
  const [r0, r1] = scale.range();
  const [d0, d1] = scale.domain().map(Number);
  const pxPerMs = (r1 - r0) / (d1 - d0);
  const px = (ms: number) => r0 + (ms - d0) * pxPerMs;
  // Marks reaching a little beyond the view still claim rows, so labels do not jump at the edges.
  const margin = (r1 - r0) * 0.02;
  const from = d0 - margin / pxPerMs;
  const to = d1 + margin / pxPerMs;

  const lanes: LaneGeometry[] = [];
  const marks: PlacedMark[] = [];
  const clusters: PlacedCluster[] = [];
  let offset = 0;

  input.lanes.forEach((lane, laneNumber) => {
    const collapsed = input.collapsed.has(lane.key);
    const rows = collapsed ? 0 : input.rowsPerLane;
    const size = headerSize + rows * rowSize + clusterRowSize;
    lanes.push({ key: lane.key, label: lane.label, collapsed, count: lane.index.order.length, offset, size });
    offset += size;

    const { order, start, end } = lane.index;
    const [lo, hi] = candidateRange(lane.index, from, to);
    const { t0, t1, events, rows: rowBuffer } = scratchFor(hi - lo);
    let n = 0;
    for (let i = lo; i < hi; i++) {
      if (end[i] < from) continue;
      let a = px(start[i]);
      let b = px(end[i]);
      if (b > a && b - a < minSpan) {
        const mid = (a + b) / 2;
        a = mid - minSpan / 2;
        b = mid + minSpan / 2;
      }
      t0[n] = a;
      t1[n] = b;
      events[n] = order[i];
      n++;
    }
    const rowOf = packRows(n, rows, (i) => t0[i], (i) => input.labelEnd(events[i], t0[i], t1[i]), undefined, rowBuffer);
    for (let i = 0; i < n; i++) {
      if (rowOf[i] >= 0) marks.push({ event: events[i], lane: laneNumber, row: rowOf[i], t0: t0[i], t1: t1[i] });
    }
    for (const c of clusterOverflow(rowOf, n, (i) => t0[i], (i) => t1[i], input.clusterWidth)) {
      clusters.push({ lane: laneNumber, row: rows, t0: c.t0, t1: Math.max(c.t0 + input.clusterWidth * 0.8, c.t1), count: c.count, first: events[c.first], end: c.end });
    }
  });
  return { lanes, marks, clusters, crossLength: offset };
}
