/**
 * Where things go in the plot for one orientation. Layout works in (time, across) coordinates; this maps
 * them to the screen, so the drawing code is the same for horizontal and vertical timelines.
 */
export interface PlotGeometry {
  vertical: boolean;
  /** Pixels taken by the axis before the lanes start (above them, or to their left). */
  axisSize: number;
  /** Pixels across the time axis per row (a row of labels, or a column when vertical). */
  rowSize: number;
  /** Pixels across for the row of clusters each lane ends with. */
  clusterRowSize: number;
  /** Pixels across taken by a lane's header; vertical lanes float their header over the top instead. */
  headerSize: number;
  /** Screen x, y of a (time, across) point. */
  point(t: number, across: number): [number, number];
}

export const HORIZONTAL_AXIS = 42;
export const VERTICAL_AXIS = 76;

/** Horizontal: time runs right, rows of labels stack down under a two-band axis. */
export function horizontalGeometry(lanesShown: boolean): PlotGeometry {
  return { vertical: false, axisSize: HORIZONTAL_AXIS, rowSize: 24, clusterRowSize: 24, headerSize: lanesShown ? 20 : 0, point: (t, across) => [t, HORIZONTAL_AXIS + across] };
}

/** Vertical: time runs down, columns of labels sit side by side right of the axis; `columnSize` fits the width. */
export function verticalGeometry(columnSize: number): PlotGeometry {
  return { vertical: true, axisSize: VERTICAL_AXIS, rowSize: columnSize, clusterRowSize: 44, headerSize: 0, point: (t, across) => [VERTICAL_AXIS + across, t] };
}
