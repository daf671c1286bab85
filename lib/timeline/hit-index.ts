import { quadtree, type Quadtree } from 'd3-quadtree';

/** A drawn thing that can be pointed at: its box on screen and what it stands for. */
export interface HitBox<T> {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  item: T;
}

export interface HitIndex<T> {
  tree: Quadtree<HitBox<T>>;
  /** The widest and tallest box, so a search knows how far from a point a box's corner may lie. */
  maxWidth: number;
  maxHeight: number;
}

/** Indexes boxes by their top-left corner in a d3 quadtree. */
export function hitIndex<T>(boxes: HitBox<T>[]): HitIndex<T> {
  let maxWidth = 0;
  let maxHeight = 0;
  for (const b of boxes) {
    maxWidth = Math.max(maxWidth, b.x1 - b.x0);
    maxHeight = Math.max(maxHeight, b.y1 - b.y0);
  }
  const tree = quadtree<HitBox<T>>()
    .x((b) => b.x0)
    .y((b) => b.y0)
    .addAll(boxes);
  return { tree, maxWidth, maxHeight };
}

/** The box under (x, y), within `slop` pixels; of several, the one whose corner is nearest. */
export function hitTest<T>(index: HitIndex<T>, x: number, y: number, slop = 3): HitBox<T> | undefined {
  // A box containing (x, y) has its corner in [x - maxWidth, x] × [y - maxHeight, y].
  const qx0 = x - index.maxWidth - slop;
  const qy0 = y - index.maxHeight - slop;
  const qx1 = x + slop;
  const qy1 = y + slop;
  let best: HitBox<T> | undefined;
  let bestDistance = Infinity;
  index.tree.visit((node, nx0, ny0, nx1, ny1) => {
    if (!node.length) {
      for (let leaf: typeof node | undefined = node; leaf; leaf = (leaf as { next?: typeof node }).next) {
        const b = (leaf as { data: HitBox<T> }).data;
        if (x >= b.x0 - slop && x <= b.x1 + slop && y >= b.y0 - slop && y <= b.y1 + slop) {
          const d = Math.hypot(x - b.x0, y - b.y0);
          if (d < bestDistance) {
            best = b;
            bestDistance = d;
          }
        }
      }
    }
    return nx0 > qx1 || ny0 > qy1 || nx1 < qx0 || ny1 < qy0;
  });
  return best;
}
