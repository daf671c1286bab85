import { scaleUtc, type ScaleTime } from 'd3-scale';

export type TimeScale = ScaleTime<number, number>;

/** A zoom along the time axis: scale factor `k` and translation `offset` in pixels (d3-zoom's x or y). */
export interface AxisZoom {
  k: number;
  offset: number;
}

const DAY = 86_400_000;
/** The closest the view may zoom: a few hours across the whole view. */
export const MIN_VISIBLE_MS = 6 * 3_600_000;

/** The data's extent widened by `fraction` on each side (and to at least two days) so end marks are not cut. */
export function paddedExtent(min: number, max: number, fraction = 0.04): [number, number] {
  const span = Math.max(max - min, 2 * DAY);
  const mid = (min + max) / 2;
  const half = (span / 2) * (1 + 2 * fraction);
  return [mid - half, mid + half];
}

/** The UTC time scale that shows the whole padded extent across `length` pixels. */
export function baseScale(extent: [number, number], length: number): TimeScale {
  return scaleUtc().domain([new Date(extent[0]), new Date(extent[1])]).range([0, length]);
}

/** The visible scale derived from the base scale and the zoom, as `transform.rescaleX(base)` does. */
export function visibleScale(base: TimeScale, zoom: AxisZoom): TimeScale {
  return base.copy().domain(base.range().map((r) => base.invert((r - zoom.offset) / zoom.k)));
}

/** Zoom factors from the whole extent (1) down to `MIN_VISIBLE_MS` across the view. */
export function zoomLimits(extent: [number, number]): [number, number] {
  return [1, Math.max(1, (extent[1] - extent[0]) / MIN_VISIBLE_MS)];
}

/** The zoom that shows the window [from, to] (ms) on the base scale, clamped to the zoom limits. */
export function zoomForWindow(base: TimeScale, from: number, to: number): AxisZoom {
  const [d0, d1] = base.domain().map(Number);
  const [kMin, kMax] = zoomLimits([d0, d1]);
  const a = base(new Date(from));
  const b = base(new Date(to));
  const length = base.range()[1] - base.range()[0];
  const k = Math.min(kMax, Math.max(kMin, length / Math.max(b - a, 1e-9)));
  const centre = (a + b) / 2;
  const offset = Math.min(0, Math.max(length - length * k, length / 2 - centre * k));
  return { k, offset };
}
