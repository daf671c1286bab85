import { brushX, brushY, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { select, type Selection } from 'd3-selection';
import type { Palette } from './palette';

export interface Overview {
  element: HTMLElement;
  /** Sizes the strip: `length` along the time axis, `thickness` across. */
  resize(length: number, thickness: number): void;
  /** Draws the density histogram of all events. */
  drawDensity(counts: Uint32Array, palette: Palette): void;
  /** Moves the brush to show the visible window, in strip pixels, without reporting it back. */
  showWindow(from: number, to: number): void;
  destroy(): void;
}

/**
 * The strip under (or beside) the main view: a density histogram of all events, and a brush that shows
 * the visible window and sets it when dragged. `onBrush` receives the brushed window in strip pixels.
 */
export function createOverview(vertical: boolean, onBrush: (from: number, to: number) => void): Overview {
  const element = document.createElement('div');
  element.className = 'tl-overview';
  const canvas = document.createElement('canvas');
  canvas.setAttribute('aria-hidden', 'true');
  const svg = select(element).append('svg').attr('class', 'tl-brush').attr('role', 'presentation');
  element.prepend(canvas);
  // An explicit extent from the start: d3-brush's default reads the SVG's size, which fails while detached.
  const brush: BrushBehavior<unknown> = (vertical ? brushY() : brushX()).extent([
    [0, 0],
    [1, 1],
  ]);
  const group = svg.append('g') as unknown as Selection<SVGGElement, unknown, null, undefined>;
  let length = 0;
  let thickness = 0;
  let lastCounts: Uint32Array | undefined;
  let lastPalette: Palette | undefined;

  brush.on('brush end', (event: D3BrushEvent<unknown>) => {
    if (!event.sourceEvent) return;
    const s = event.selection as [number, number] | null;
    // A click without a drag clears a d3 brush; we keep a window instead: a small one around the click.
    if (!s) {
      const [x, y] = pointerIn(event.sourceEvent as MouseEvent);
      const at = vertical ? y : x;
      return onBrush(at - length / 20, at + length / 20);
    }
    onBrush(s[0], s[1]);
  });
  group.call(brush);

  function pointerIn(e: MouseEvent): [number, number] {
    const r = element.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top];
  }

  function drawDensity(counts: Uint32Array, palette: Palette) {
    lastCounts = counts;
    lastPalette = palette;
    const dpr = window.devicePixelRatio || 1;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, vertical ? thickness : length, vertical ? length : thickness);
    let max = 1;
    for (const c of counts) max = Math.max(max, c);
    const bin = length / Math.max(1, counts.length);
    ctx.fillStyle = palette.mark;
    for (let i = 0; i < counts.length; i++) {
      if (!counts[i]) continue;
      // Square-root heights keep quiet stretches visible next to busy ones.
      const h = Math.max(1, Math.sqrt(counts[i] / max) * (thickness - 4));
      if (vertical) ctx.fillRect(thickness - h, i * bin, h, Math.max(1, bin - 0.5));
      else ctx.fillRect(i * bin, thickness - h, Math.max(1, bin - 0.5), h);
    }
  }

  return {
    element,
    resize(newLength, newThickness) {
      length = newLength;
      thickness = newThickness;
      const dpr = window.devicePixelRatio || 1;
      const [w, h] = vertical ? [thickness, length] : [length, thickness];
      canvas.width = Math.round(w * dpr);
      canvas.height = Math.round(h * dpr);
      canvas.style.width = `${w}px`;
      canvas.style.height = `${h}px`;
      svg.attr('width', w).attr('height', h);
      brush.extent([
        [0, 0],
        [w, h],
      ]);
      group.call(brush);
      if (lastCounts && lastPalette) drawDensity(lastCounts, lastPalette);
    },
    drawDensity,
    showWindow(from, to) {
      group.call(brush.move, [Math.max(0, from), Math.min(length, Math.max(to, from + 2))]);
    },
    destroy() {
      brush.on('brush end', null);
      element.remove();
    },
  };
}
