import { el } from './dom';

const ENTRIES: [string, string][] = [
  ['point', 'A day or a moment'],
  ['span', 'A week, month, year or decade'],
  ['range', 'A range, from … to …'],
  ['approx', 'Approximate date (open or faded)'],
  ['cluster', 'Several events: click to zoom in'],
];

/** The key to the marks, drawn with CSS so it follows the theme like the canvas does. */
export function legend(): HTMLElement {
  const list = el('ul', 'tl-legend');
  list.setAttribute('aria-label', 'Legend');
  for (const [kind, text] of ENTRIES) {
    const item = el('li');
    const swatch = el('span', `tl-swatch tl-swatch-${kind}`, kind === 'cluster' ? '3' : '');
    swatch.setAttribute('aria-hidden', 'true');
    item.append(swatch, text);
    list.append(item);
  }
  return list;
}
