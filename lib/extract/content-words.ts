import { type Parsed, parse } from './parse';

// compromise's JsonProps type lags the options its runtime documents (per-word `root`).
const WORD_ROOTS = { terms: { root: true, normal: true } } as Parameters<Parsed['json']>[0];

/** Words too common to tell two happenings apart. */
const STOP_WORDS = new Set(
  'a an the and or but of to in on at by for with from as into onto over under about after before since during is are was were be been being has have had do does did will would can could may might must shall should it its he she they them his her their this that these those who which what there here than then also not no'.split(' '),
);

/**
 * The root forms of a text's content words, so "stepped down as working royals" and "stepped down as a
 * working royal" share {step, down, work, royal}. compromise's roots are not always applied ("working"),
 * so a light suffix strip evens them out.
 */
export function contentWords(text: string): Set<string> {
  const doc = parse(text);
  doc.compute('root');
  const terms = (doc.json(WORD_ROOTS) as { terms: { root?: string; normal: string }[] }[]).flatMap((s) => s.terms);
  const words = new Set<string>();
  for (const t of terms) {
    const root = (t.root || t.normal).toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
    if (!root || STOP_WORDS.has(root)) continue;
    words.add(root.length > 5 ? root.replace(/(ing|ed|s)$/, '') : root);
  }
  return words;
}

/** How many words of a text are not stop words; a quick count without parsing. */
export function countContentWords(text: string): number {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !STOP_WORDS.has(w)).length;
}

/** How much two word sets overlap, relative to the smaller one: 1 when one holds the other. */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared += 1;
  return shared / Math.min(a.size, b.size);
}
