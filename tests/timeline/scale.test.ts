/** @jest-environment-options {"customExportConditions": ["umd", "node", "require", "default"]} */
// d3 modules ship ESM only; their "umd" export lets plain jest load them without transforming node_modules.

import { baseScale, paddedExtent, visibleScale, zoomForWindow, zoomLimits, MIN_VISIBLE_MS } from '@/lib/timeline';

const Y2000 = Date.UTC(2000, 0, 1);
const Y2020 = Date.UTC(2020, 0, 1);

test('paddedExtent widens the data extent on both sides', () => {
  const [a, b] = paddedExtent(Y2000, Y2020, 0.05);
  expect(a).toBeLessThan(Y2000);
  expect(b).toBeGreaterThan(Y2020);
  expect(Y2000 - a).toBeCloseTo(b - Y2020, -3);
});

test('paddedExtent gives a single instant at least two days', () => {
  const [a, b] = paddedExtent(Y2000, Y2000);
  expect(b - a).toBeGreaterThanOrEqual(2 * 86_400_000);
});

test('visibleScale(base, zoom) is derived from the base scale and the zoom, without changing the base', () => {
  const base = baseScale([Y2000, Y2020], 1000);
  const before = base.domain().map(Number);
  const visible = visibleScale(base, { k: 2, offset: -500 });
  expect(base.domain().map(Number)).toEqual(before);
  expect(visible.range()).toEqual([0, 1000]);
  expect(+visible.invert(0)).toBeCloseTo(+base.invert(250), -3);
  expect(+visible.invert(1000)).toBeCloseTo(+base.invert(750), -3);
});

test('zoomLimits allow zooming from the whole extent down to a few hours', () => {
  const [kMin, kMax] = zoomLimits([Y2000, Y2020]);
  expect(kMin).toBe(1);
  expect((Y2020 - Y2000) / kMax).toBe(MIN_VISIBLE_MS);
});

test('zoomForWindow shows the requested window', () => {
  const base = baseScale([Y2000, Y2020], 800);
  const from = Date.UTC(2010, 0, 1);
  const to = Date.UTC(2011, 0, 1);
  const visible = visibleScale(base, zoomForWindow(base, from, to));
  expect(+visible.invert(0)).toBeCloseTo(from, -4);
  expect(+visible.invert(800)).toBeCloseTo(to, -4);
});

test('zoomForWindow clamps windows narrower than the limit and outside the extent', () => {
  const base = baseScale([Y2000, Y2020], 800);
  const zoom = zoomForWindow(base, Y2020 + 10, Y2020 + 20);
  expect(zoom.k).toBe(zoomLimits([Y2000, Y2020])[1]);
  expect(zoom.offset).toBe(800 - 800 * zoom.k);
});
