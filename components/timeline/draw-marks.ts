import type { FrameLayout } from '@/lib/timeline/frame-layout';
import type { TimelineData } from '@/lib/timeline/timeline-data';
import { labelStart, rowOffset } from './mark-box';
import type { Palette } from './palette';
import type { PlotGeometry } from './plot-geometry';

export interface MarksScene {
  layout: FrameLayout;
  data: TimelineData;
  geometry: PlotGeometry;
  palette: Palette;
  /** Plot size in CSS pixels and the time axis length. */
  width: number;
  height: number;
  timeLength: number;
  /** Minor and major tick positions along the time axis, for grid lines. */
  minorTicks: number[];
  majorTicks: number[];
  /** An event's label, cut with an ellipsis to `room` pixels when given. */
  label: (event: number, room?: number) => string;
  selected: number;
}

const POINT = 0;
/** Space kept between a label's end and the plot's edge. */
const LABEL_MARGIN = 4;
const RANGE = 2;

/** Draws lanes, grid, marks, labels and clusters of one frame onto a 2D context already scaled for the device. */
export function drawMarks(ctx: CanvasRenderingContext2D, scene: MarksScene): void {
  const { layout, data, geometry: g, palette: p, width, height, timeLength } = scene;
  ctx.clearRect(0, 0, width, height);
  ctx.font = p.font;
  ctx.textBaseline = 'alphabetic';

  // Alternate lanes get a faint band so lanes read as groups.
  ctx.fillStyle = p.lane;
  layout.lanes.forEach((lane, i) => {
    if (i % 2 === 0) return;
    const [x0, y0] = g.point(0, lane.offset);
    const [x1, y1] = g.point(timeLength, lane.offset + lane.size);
    ctx.fillRect(x0, y0, x1 - x0 || width, y1 - y0 || height);
  });

  ctx.strokeStyle = p.grid;
  for (const [ticks, lineWidth] of [
    [scene.minorTicks, 1],
    [scene.majorTicks, 2],
  ] as const) {
    ctx.lineWidth = lineWidth;
    ctx.beginPath();
    for (const t of ticks) {
      const [x0, y0] = g.point(t, 0);
      const [x1, y1] = g.point(t, layout.crossLength);
      ctx.moveTo(Math.round(x0) + 0.5, Math.round(y0) + 0.5);
      ctx.lineTo(Math.round(x1) + 0.5, Math.round(y1) + 0.5);
    }
    ctx.stroke();
  }

  for (const mark of layout.marks) {
    const e = mark.event;
    const across = rowOffset(g, layout.lanes[mark.lane], mark.row);
    drawShape(ctx, scene, e, mark.t0, mark.t1, across);
    ctx.fillStyle = p.fg;
    const [x, y] = g.point(labelStart(g, mark.t0, data.kind[e] === POINT), across + 20);
    // A label that would run past the plot's right edge is cut to the room left, not clipped mid-letter.
    ctx.fillText(g.vertical ? scene.label(e) : scene.label(e, width - x - LABEL_MARGIN), x, g.vertical ? y + 4 : y);
  }

  ctx.textAlign = 'center';
  for (const c of layout.clusters) {
    const across = rowOffset(g, layout.lanes[c.lane], c.row);
    // One event left over is shown as its own mark (without a label), not as a "cluster" of one.
    if (c.count === 1) {
      drawShape(ctx, scene, c.first, c.t0, c.end, across);
      continue;
    }
    const text = c.count > 999 ? `${Math.round(c.count / 1000)}k` : String(c.count);
    const length = Math.max(22, ctx.measureText(text).width + 12);
    const [x, y] = g.point(Math.max(c.t0, 0), across + 3);
    const w = length;
    const h = 17;
    ctx.fillStyle = p.cluster;
    ctx.beginPath();
    ctx.roundRect(x, y, w, h, 8);
    ctx.fill();
    ctx.fillStyle = p.clusterText;
    ctx.fillText(text, x + w / 2, y + 13);
  }
  ctx.textAlign = 'start';
}

/** Draws one event's mark (dot or bar) on a row, with the selection outline when it is selected. */
function drawShape(ctx: CanvasRenderingContext2D, scene: MarksScene, e: number, t0: number, t1: number, across: number) {
  const { data, geometry: g, palette: p } = scene;
  const kind = data.kind[e];
  const approximate = data.approximate[e] === 1;
  const colour = kind === RANGE ? p.range : p.mark;
  const markAcross = across + (g.vertical ? 8 : 7);
  if (kind === POINT) drawPoint(ctx, g.point(t0, markAcross), colour, approximate);
  else drawBar(ctx, g, t0, t1, markAcross, kind === RANGE ? 8 : 5, colour, approximate, kind === RANGE);
  if (e === scene.selected) {
    ctx.strokeStyle = p.selected;
    ctx.lineWidth = 2;
    const [sx0, sy0] = g.point(t0 - 7, markAcross - 7);
    const [sx1, sy1] = g.point(Math.max(t1, t0) + 7, markAcross + 7);
    ctx.strokeRect(sx0, sy0, sx1 - sx0, sy1 - sy0);
  }
}

function drawPoint(ctx: CanvasRenderingContext2D, [x, y]: [number, number], colour: string, approximate: boolean) {
  ctx.beginPath();
  ctx.arc(x, y, 4.5, 0, Math.PI * 2);
  if (approximate) {
    // An approximate date is an open, dashed ring: it marks a place, not a known instant.
    ctx.strokeStyle = colour;
    ctx.lineWidth = 1.5;
    ctx.setLineDash([2, 2]);
    ctx.stroke();
    ctx.setLineDash([]);
  } else {
    ctx.fillStyle = colour;
    ctx.fill();
  }
}

function drawBar(ctx: CanvasRenderingContext2D, g: PlotGeometry, t0: number, t1: number, across: number, thickness: number, colour: string, approximate: boolean, capped: boolean) {
  const [x0, y0] = g.point(t0, across - thickness / 2);
  const [x1, y1] = g.point(t1, across + thickness / 2);
  const w = x1 - x0;
  const h = y1 - y0;
  if (approximate) {
    // Approximate periods fade out at both ends: where they begin and end is not known exactly.
    const fade = g.vertical ? ctx.createLinearGradient(0, y0, 0, y1) : ctx.createLinearGradient(x0, 0, x1, 0);
    const edge = Math.min(0.3, 12 / Math.max(1, g.vertical ? h : w));
    fade.addColorStop(0, 'transparent');
    fade.addColorStop(edge, colour);
    fade.addColorStop(1 - edge, colour);
    fade.addColorStop(1, 'transparent');
    ctx.fillStyle = fade;
  } else {
    ctx.fillStyle = colour;
  }
  ctx.fillRect(x0, y0, w, h);
  if (capped && !approximate) {
    // Ranges get end caps so a bar from 1939 to 1945 reads as "from ... to".
    const [cx0, cy0] = g.point(t0, across - thickness);
    const [cx1, cy1] = g.point(t1, across + thickness);
    if (g.vertical) {
      ctx.fillRect(cx0, cy0 - 1, cx1 - cx0, 2);
      ctx.fillRect(cx0, cy1 - 1, cx1 - cx0, 2);
    } else {
      ctx.fillRect(cx0 - 1, cy0, 2, cy1 - cy0);
      ctx.fillRect(cx1 - 1, cy0, 2, cy1 - cy0);
    }
  }
}
