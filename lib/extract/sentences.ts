import nlp from 'compromise/one';

/** A stretch of a text as UTF-16 offsets, end exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

// compromise's JsonProps type lags the options its runtime documents (`terms: false` skips per-word output).
const SENTENCE_OFFSETS = { offset: true, terms: false } as unknown as Parameters<ReturnType<typeof nlp.tokenize>['json']>[0];

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
 * The sentences of one paragraph. compromise's tokenizer knows abbreviations ("Mr.", "U.S.", "Jan.")
 * where Intl.Segmenter splits after them. Its offsets leave out leading punctuation such as an opening
 * quote, so each cut is moved back to the whitespace before the sentence's first token.
 */
export function sentencesOf(text: string, paragraph: TextSpan): TextSpan[] {
  const body = text.slice(paragraph.start, paragraph.end);
  const found = nlp.tokenize(body).json(SENTENCE_OFFSETS) as { offset: { start: number } }[];
  const cuts = found.slice(1).map(({ offset }) => {
    let cut = offset.start;
    while (cut > 0 && !/\s/.test(body[cut - 1])) cut -= 1;
    return cut;
  });
  const spans: TextSpan[] = [];
  let from = 0;
  for (const cut of [...cuts, body.length]) {
    if (cut <= from) continue;
    pushTrimmed(text, paragraph.start + from, paragraph.start + cut, spans);
    from = cut;
  }
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
