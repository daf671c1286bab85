import { select } from 'd3-selection';
import type { AxisLevels, AxisTick } from '@/lib/timeline/axis-levels';
import type { PlotGeometry } from './plot-geometry';

/**
 * Draws the two-level axis into an SVG group: major labels (years over months, months over days) in one
 * band and minor labels with their ticks in the next. Ticks are keyed by instant so zooming moves them.
 */
export function drawAxis(group: SVGGElement, axis: AxisLevels, g: PlotGeometry, length: number): void {
  const root = select(group);
  const at = (t: AxisTick) => t.pos;

  root
    .selectAll<SVGLineElement, AxisTick>('line.tl-tick')
    .data(axis.minor, (t) => t.ms)
    .join((enter) => enter.append('line').attr('class', 'tl-tick'))
    .each(function (t) {
      const [x1, y1, x2, y2] = g.vertical ? [g.axisSize - 6, at(t), g.axisSize, at(t)] : [at(t), g.axisSize - 6, at(t), g.axisSize];
      select(this).attr('x1', x1).attr('y1', y1).attr('x2', x2).attr('y2', y2);
    });

  root
    .selectAll<SVGTextElement, AxisTick>('text.tl-minor')
    .data(axis.minor, (t) => t.ms)
    .join((enter) => enter.append('text').attr('class', 'tl-minor'))
    .text((t) => t.label)
    .each(function (t) {
      const [x, y] = g.vertical ? [g.axisSize - 9, at(t) + 4] : [at(t) + 3, g.axisSize - 9];
      select(this).attr('x', x).attr('y', y);
    });

  root
    .selectAll<SVGTextElement, AxisTick>('text.tl-major')
    .data(axis.major, (t) => t.label)
    .join((enter) => enter.append('text').attr('class', 'tl-major'))
    .text((t) => t.label)
    .each(function (t) {
      // Vertical major labels run along the axis so long names ("5 Feb 2024") fit the narrow band.
      if (g.vertical) select(this).attr('x', 0).attr('y', 0).attr('transform', `translate(16,${at(t)}) rotate(90)`);
      else select(this).attr('x', at(t) + 3).attr('y', 15).attr('transform', null);
    });

  root
    .selectAll('line.tl-axis-rule')
    .data([length])
    .join((enter) => enter.append('line').attr('class', 'tl-axis-rule'))
    .each(function (l) {
      const [x1, y1, x2, y2] = g.vertical ? [g.axisSize, 0, g.axisSize, l] : [0, g.axisSize, l, g.axisSize];
      select(this).attr('x1', x1).attr('y1', y1).attr('x2', x2).attr('y2', y2);
    });
}
