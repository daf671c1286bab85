/** The colours the canvas draws with, read from the CSS custom properties on the timeline's root. */
export interface Palette {
  bg: string;
  fg: string;
  muted: string;
  grid: string;
  lane: string;
  mark: string;
  range: string;
  cluster: string;
  clusterText: string;
  selected: string;
  font: string;
}

const VARS: Record<keyof Omit<Palette, 'font'>, string> = {
  bg: '--tl-bg',
  fg: '--tl-fg',
  muted: '--tl-muted',
  grid: '--tl-grid',
  lane: '--tl-lane',
  mark: '--tl-mark',
  range: '--tl-range',
  cluster: '--tl-cluster',
  clusterText: '--tl-cluster-text',
  selected: '--tl-selected',
};

/** Reads the palette; the canvas cannot use CSS variables itself, so we resolve them on mount and on theme change. */
export function readPalette(root: Element): Palette {
  const style = getComputedStyle(root);
  const palette = { font: `12px ${style.fontFamily || 'system-ui, sans-serif'}` } as Palette;
  for (const [key, name] of Object.entries(VARS)) palette[key as keyof typeof VARS] = style.getPropertyValue(name).trim() || '#000';
  return palette;
}
