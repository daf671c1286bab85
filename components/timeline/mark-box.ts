import type { LaneGeometry, PlacedMark } from '@/lib/timeline/frame-layout';
import type { PlotGeometry } from './plot-geometry';

/** Where a mark's label starts along the time axis: by the mark, but kept in view for long spans. */
export function labelStart(geometry: PlotGeometry, t0: number, isPoint: boolean): number {
  const sticky = Math.max(t0, 0);
  if (geometry.vertical) return sticky;
  return isPoint ? t0 - 4 : sticky;
}

/** Where a mark and its label end along the time axis; layout packs rows on this. */
export function labelEnd(geometry: PlotGeometry, t0: number, t1: number, isPoint: boolean, labelWidth: number): number {
  if (geometry.vertical) return Math.max(t1, labelStart(geometry, t0, isPoint) + 10);
  return Math.max(t1, labelStart(geometry, t0, isPoint) + labelWidth);
}

/** Start of a row across the time axis, relative to the lanes. */
export function rowOffset(geometry: PlotGeometry, lane: LaneGeometry, row: number): number {
  return lane.offset + geometry.headerSize + row * geometry.rowSize;
}

/** The screen box of a placed mark and its label: what hover and click hit, and what the focus ring outlines. */
export function markBox(geometry: PlotGeometry, lane: LaneGeometry, mark: PlacedMark, isPoint: boolean, labelWidth: number) {
  const across = rowOffset(geometry, lane, mark.row);
  if (geometry.vertical) {
    const [x0, y0] = geometry.point(mark.t0 - 8, across);
    const [, y1] = geometry.point(Math.max(mark.t1, mark.t0) + 8, across);
    return { x0: x0 + 1, y0, x1: x0 + Math.min(geometry.rowSize - 4, 22 + labelWidth), y1 };
  }
  const start = labelStart(geometry, mark.t0, isPoint);
  const [x0, y0] = geometry.point(Math.min(mark.t0 - 5, start), across);
  const [x1] = geometry.point(labelEnd(geometry, mark.t0, mark.t1, isPoint, labelWidth), across);
  return { x0, y0: y0 + 1, x1: x1 + 2, y1: y0 + geometry.rowSize - 1 };
}
