import { parse } from './parse';
import { splitSentences, type TextSpan } from './sentences';
import { openingSubject, type OpeningSubject } from './titles';

/**
 * What a leading "it" or "they" stands for when its own sentence does not say: the subject of the
 * sentence before ("Acme Corp said ... . It has paid a dividend since 1998"). "It" takes a thing, not a
 * person or a plural; "they" a plural, or an organisation ("Arsenal ... They play on Tuesday"). The
 * document is split into sentences, and each sentence parsed, only when a pronoun asks.
 */
export function subjectBefore(text: string): (at: number, pronoun: 'it' | 'they') => string | undefined {
  let sentences: TextSpan[] | undefined;
  const subjects = new Map<number, OpeningSubject | undefined>();
  return (at, pronoun) => {
    sentences ??= splitSentences(text);
    const i = lastEndingBy(sentences, at);
    if (i < 0) return undefined;
    const { start, end } = sentences[i];
    if (!subjects.has(start)) subjects.set(start, openingSubject(parse(text.slice(start, end))));
    const subject = subjects.get(start);
    if (!subject || subject.person) return undefined;
    const fits = pronoun === 'it' ? !subject.plural : subject.plural || subject.organization;
    return fits ? subject.text : undefined;
  };
}

/** The index of the last sentence that ends by `at`, or -1. */
function lastEndingBy(sentences: TextSpan[], at: number): number {
  let [lo, hi] = [0, sentences.length - 1];
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end <= at) [found, lo] = [mid, mid + 1];
    else hi = mid - 1;
  }
  return found;
}
