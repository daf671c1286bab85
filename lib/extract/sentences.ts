import nlp from 'compromise';

/** A stretch of a text as UTF-16 offsets, end exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

/** The part of compromise's world we use; its types declare the world as a bare object. */
interface SplitterWorld {
  methods: { one: { tokenize: { splitSentences(text: string, world: SplitterWorld): string[] } } };
  model: { one: { abbreviations: Record<string, boolean> } };
}

// compromise's own sentence splitter, without the word tokenizing around it (over ten times faster).
// Taken from the full build the rest of extraction loads: the splitter reads only the abbreviations,
// which are the same in every build, and a second build would be loaded and JIT-warmed per worker.
const world = nlp.world() as SplitterWorld;
// compromise takes "BC." and "AD." for abbreviations that never end a sentence, but an era is the last
// word of a date, and its full stop ends the sentence: "Caesar landed in 55 BC. His fleet ...".
delete world.model.one.abbreviations.bc;
delete world.model.one.abbreviations.ad;
const splitText = (text: string): string[] => world.methods.one.tokenize.splitSentences(text, world);

const BLANK_LINE = /\n[ \t\r\f\v]*\n\s*/g;

/** The blank-line separated blocks of a text, trimmed; captions without final punctuation end at the blank line. */
export function paragraphSpans(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let from = 0;
  for (const m of text.matchAll(BLANK_LINE)) {
    pushTrimmed(text, from, m.index, spans);
    from = m.index + m[0].length;
  }
  pushTrimmed(text, from, text.length, spans);
  return spans;
}

/**
 * The sentences of one paragraph. compromise's splitter knows abbreviations ("Mr.", "U.S.", "Jan.")
 * where Intl.Segmenter splits after them. Its pieces are consecutive slices of the input.
 */
export function sentencesOf(text: string, paragraph: TextSpan): TextSpan[] {
  const spans: TextSpan[] = [];
  let at = paragraph.start;
  for (const piece of splitText(text.slice(paragraph.start, paragraph.end))) {
    // Should the splitter ever normalise a piece, find it rather than trust the running offset.
    const found = text.startsWith(piece, at) ? at : text.indexOf(piece.trim(), at);
    if (found < 0) break;
    pushTrimmed(text, found, found + piece.length, spans);
    at = found + piece.length;
  }
  if (at < paragraph.end) pushTrimmed(text, at, paragraph.end, spans);
  return spans;
}

/** Every sentence of a text, in order. */
export function splitSentences(text: string): TextSpan[] {
  return paragraphSpans(text).flatMap((p) => sentencesOf(text, p));
}

function pushTrimmed(text: string, start: number, end: number, into: TextSpan[]): void {
  while (start < end && /\s/.test(text[start])) start += 1;
  while (end > start && /\s/.test(text[end - 1])) end -= 1;
  if (end > start) into.push({ start, end });
}
