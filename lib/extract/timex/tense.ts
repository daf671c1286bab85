/**
 * A light tense cue for the verb governing an expression: the nearest future marker (will, 'll,
 * going to, plans to...) or past verb form (was, said, met, -ed) in the same clause. Enough to tell
 * "met on Wednesday" from "will meet on Wednesday" without a parser.
 */
import type { Direction } from './partial';

const FUTURE = /^(?:will|'ll|shall|wo|going|plans?|planned|planning|scheduled|expected|due|intends?|hopes?|tomorrow|until|till|would)$/;
const PAST = new Set(
  ('was were had did said told met went came saw made took gave left got won lost held sold bought spent fell rose began led paid ' +
    'put ran found thought brought wrote spoke flew knew became hit kept sent built struck broke chose drew fought caught meant felt ' +
    'heard stood understood ago yesterday last earlier previously announced agreed reported died killed').split(' '),
);
/** Words ending in -ed that are not past verbs. */
const NOT_PAST = new Set(['need', 'speed', 'red', 'bed', 'hundred', 'seed', 'feed', 'indeed', 'deed', 'breed', 'shed', 'united', 'limited', 'based', 'related', 'expected', 'scheduled', 'planned', 'proposed']);
const CLAUSE_END = /[.!?;\n]/;
const WINDOW = 80;
const WORD = /[A-Za-z']+/g;

function cue(word: string): Direction | undefined {
  // Capitalised "Will" mid-text is more often a name than the modal.
  if (FUTURE.test(word)) return 1;
  const w = word.toLowerCase();
  if (PAST.has(w) || (w.length > 4 && w.endsWith('ed') && !NOT_PAST.has(w))) return -1;
  return undefined;
}

/** The direction the nearest tensed word around `[start, end)` points to, if any. */
export function tenseAround(text: string, start: number, end: number): Direction | undefined {
  let from = Math.max(0, start - WINDOW);
  const before = text.slice(from, start);
  const stop = Math.max(...[...before.matchAll(/[.!?;\n]/g)].map((m) => m.index! + 1), 0);
  from += stop;
  let to = Math.min(text.length, end + WINDOW);
  const after = text.slice(end, to);
  const next = after.search(CLAUSE_END);
  if (next >= 0) to = end + next;
  let best: Direction | undefined;
  let bestDistance = Infinity;
  for (const [segment, offset] of [[text.slice(from, start), from], [text.slice(end, to), end]] as const) {
    for (const m of segment.matchAll(WORD)) {
      const direction = cue(m[0]);
      if (direction === undefined) continue;
      const position = offset + m.index!;
      const distance = position < start ? start - position : position - end;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = direction;
      }
    }
  }
  return best;
}
