/** @jest-environment-options {"customExportConditions": ["umd", "node", "require", "default"]} */
// d3 modules ship ESM only; their "umd" export lets plain jest load them without transforming node_modules.
import { clusterOverflow, packRows } from '@/lib/timeline';

const starts = [0, 10, 20, 100, 105, 300];
const widths = [50, 50, 50, 50, 50, 50];

describe('packRows', () => {
  test('packRows puts each item in the first row free at its start', () => {
    const rows = packRows(starts.length, 3, (i) => starts[i], (i) => starts[i] + widths[i], 5);
    expect(Array.from(rows)).toEqual([0, 1, 2, 0, 1, 0]);
  });
  test('packRows leaves items that fit no row at -1', () => {
    const rows = packRows(starts.length, 2, (i) => starts[i], (i) => starts[i] + widths[i], 5);
    expect(Array.from(rows)).toEqual([0, 1, -1, 0, 1, 0]);
  });
  test('packRows with no rows places nothing', () => {
    expect(Array.from(packRows(3, 0, (i) => i, (i) => i))).toEqual([-1, -1, -1]);
  });
  test('packRows never lets two extents in a row overlap', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const s = Array.from({ length: 2000 }, () => random() * 5000).sort((a, b) => a - b);
    const e = s.map((x) => x + 20 + random() * 120);
    const rows = packRows(s.length, 6, (i) => s[i], (i) => e[i], 4);
    const last = new Map<number, number>();
    rows.forEach((r, i) => {
      if (r < 0) return;
      if (last.has(r)) expect(s[i]).toBeGreaterThanOrEqual(last.get(r)! + 4);
      last.set(r, e[i]);
    });
    expect(rows.filter((r) => r === -1).length).toBeGreaterThan(0);
  });
  test('packRows reuses a buffer it is given, and resets it', () => {
    const out = new Int16Array(10).fill(7);
    const rows = packRows(3, 1, (i) => i * 100, (i) => i * 100 + 10, 5, out);
    expect(rows).toBe(out);
    expect(Array.from(rows.slice(0, 3))).toEqual([0, 0, 0]);
  });
  test('packRows asks for the end only of items that get a row', () => {
    const asked: number[] = [];
    packRows(starts.length, 1, (i) => starts[i], (i) => (asked.push(i), starts[i] + 50), 5);
    expect(asked).toEqual([0, 3, 5]);
  });
});

describe('clusterOverflow', () => {
  test('clusterOverflow gathers neighbouring leftovers into one cluster with a count', () => {
    const rows = Int16Array.from([0, -1, -1, 0, -1, -1]);
    const s = [0, 5, 12, 30, 100, 130];
    const clusters = clusterOverflow(rows, rows.length, (i) => s[i], (i) => s[i] + 1, 40);
    expect(clusters.map((c) => [c.count, c.t0, c.t1, c.first])).toEqual([
      [2, 5, 12, 1],
      [2, 100, 130, 4],
    ]);
  });
  test('clusterOverflow knows where the furthest member ends', () => {
    const rows = Int16Array.from([-1, -1]);
    const e = [500, 20];
    expect(clusterOverflow(rows, 2, (i) => i * 10, (i) => e[i], 40)[0].end).toBe(500);
  });
  test('clusterOverflow starts a new cluster beyond its width', () => {
    const rows = Int16Array.from([-1, -1]);
    expect(clusterOverflow(rows, 2, (i) => i * 50, (i) => i * 50, 40)).toHaveLength(2);
  });
  test('clusterOverflow of placed items is empty', () => {
    expect(clusterOverflow(Int16Array.from([0, 1]), 2, (i) => i, (i) => i, 40)).toEqual([]);
  });
  test('clusterOverflow reads only the first `count` rows of a reused buffer', () => {
    expect(clusterOverflow(Int16Array.from([0, -1, -1]), 1, (i) => i, (i) => i, 40)).toEqual([]);
  });
});
