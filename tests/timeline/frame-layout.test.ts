/** @jest-environment-options {"customExportConditions": ["umd", "node", "require", "default"]} */
// d3 modules ship ESM only; their "umd" export lets plain jest load them without transforming node_modules.

import { baseScale, candidateRange, hitIndex, hitTest, indexInOrder, layoutFrame, startOrder, visibleScale } from '@/lib/timeline';

const DAY = 86_400_000;
// Ten marks, one a long range that starts first and reaches into any view.
const markStart = Float64Array.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((d) => d * 10 * DAY));
const markEnd = Float64Array.from(markStart, (s, i) => (i === 0 ? s + 95 * DAY : s));
markStart.reverse();
markEnd.reverse();

describe('event index', () => {
  const order = startOrder(markStart, markEnd);
  const index = indexInOrder(order, markStart, markEnd);
  test('startOrder sorts events by mark start', () => {
    expect(Array.from(index.start)).toEqual([...markStart].sort((a, b) => a - b));
  });
  test('candidateRange finds marks starting in view and long marks reaching into it', () => {
    const [lo, hi] = candidateRange(index, 55 * DAY, 75 * DAY);
    expect([lo, hi]).toEqual([0, 8]);
    const inView = Array.from(index.order.slice(lo, hi)).filter((_, j) => index.end[lo + j] >= 55 * DAY);
    expect(inView.map((e) => markStart[e] / DAY)).toEqual([0, 60, 70]);
  });
  test('candidateRange of an empty window past the data is empty', () => {
    const [lo, hi] = candidateRange(index, 200 * DAY, 300 * DAY);
    expect(hi - lo).toBe(0);
  });
});

describe('layoutFrame', () => {
  const order = startOrder(markStart, markEnd);
  const index = indexInOrder(order, markStart, markEnd);
  const base = baseScale([0, 100 * DAY], 1000);
  const input = (k: number, rowsPerLane: number, collapsed = new Set<string>()) => ({
    lanes: [{ key: 'a', label: 'A', index }],
    collapsed,
    scale: visibleScale(base, { k, offset: 0 }),
    rowSize: 20,
    headerSize: 16,
    rowsPerLane,
    labelEnd: (_e: number, t0: number, t1: number) => Math.max(t1, t0 + 150),
    clusterWidth: 40,
  });

  test('layoutFrame places every mark when rows suffice, and no labels overlap in a row', () => {
    const frame = layoutFrame(input(1, 3));
    expect(frame.marks).toHaveLength(10);
    expect(frame.clusters).toHaveLength(0);
    const byRow = new Map<number, number>();
    for (const m of [...frame.marks].sort((a, b) => a.t0 - b.t0)) {
      expect(m.t0).toBeGreaterThanOrEqual(byRow.get(m.row) ?? -Infinity);
      byRow.set(m.row, Math.max(m.t1, m.t0 + 150));
    }
  });
  test('layoutFrame gathers what does not fit into clusters that count it', () => {
    const frame = layoutFrame(input(1, 1));
    const clustered = frame.clusters.reduce((n, c) => n + c.count, 0);
    expect(frame.marks.length + clustered).toBe(10);
    expect(clustered).toBeGreaterThan(0);
    expect(frame.clusters.every((c) => c.row === 1)).toBe(true);
  });
  test('layoutFrame gives each cluster the end of its members\' marks', () => {
    const frame = layoutFrame(input(1, 3, new Set(['a'])));
    // Marks are 100 px apart, wider than a cluster: ten clusters of one; the first is the long range.
    expect(frame.clusters.map((c) => c.count)).toEqual(Array(10).fill(1));
    expect(frame.clusters[0]).toMatchObject({ first: 9, t0: 0 });
    expect(frame.clusters[0].end).toBeCloseTo(950, 0);
    expect(frame.clusters[1].end).toBeCloseTo(100, 0);
  });

  test('layoutFrame of a collapsed lane shows only clusters', () => {
    const frame = layoutFrame(input(1, 3, new Set(['a'])));
    expect(frame.marks).toHaveLength(0);
    expect(frame.lanes[0]).toMatchObject({ collapsed: true, count: 10, size: 36 });
  });
  test('layoutFrame lays out only what is in view when zoomed in', () => {
    const frame = layoutFrame(input(5, 3));
    expect(frame.marks.map((m) => markStart[m.event] / DAY).sort((a, b) => a - b)).toEqual([0, 10, 20]);
  });
});

describe('hitTest', () => {
  const boxes = [
    { x0: 0, y0: 0, x1: 400, y1: 10, item: 'wide' },
    { x0: 100, y0: 20, x1: 110, y1: 30, item: 'dot' },
  ];
  const index = hitIndex(boxes);
  test('hitTest finds a wide box far from its corner', () => expect(hitTest(index, 390, 5)?.item).toBe('wide'));
  test('hitTest finds a small box', () => expect(hitTest(index, 105, 25)?.item).toBe('dot'));
  test('hitTest misses empty space', () => expect(hitTest(index, 300, 60)).toBeUndefined());
});
