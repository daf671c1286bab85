import nlp from 'compromise';
import type { TextSpan } from './sentences';

type View = ReturnType<typeof nlp>;

/** A word of the sentence as compromise tags it; offsets are relative to the sentence. */
interface Word {
  text: string;
  post: string;
  tags: Set<string>;
  start: number;
  end: number;
}

// compromise's JsonProps type lags the options its runtime documents (`terms: false`, per-word offsets).
const CLAUSE_OFFSETS = { offset: true, terms: false } as unknown as Parameters<View['json']>[0];
const WORD_OFFSETS = { offset: true, terms: { offset: true } } as Parameters<View['json']>[0];

const MAX_WORDS = 12;
const MAX_CHARS = 100;

/** Words that open a subordinate clause or join clauses; they never start a headline. */
const LEADING_JOINERS = new Set(['but', 'and', 'or', 'so', 'yet', 'since', 'after', 'before', 'when', 'while', 'as', 'then', 'also', 'however', 'meanwhile', 'though', 'although', 'because', 'until', 'once', 'during']);
/** Words that start a trailing subordinate clause, cut from the end of a headline. */
const TRAILING_CLAUSE = new Set(['who', 'which', 'while', 'because', 'although', 'though', 'whereas', 'despite', 'unless', 'but', 'when', 'after', 'before', 'where']);
/** Prepositions that introduce a date ("on January 29", "since 2020"); dropped with the date. */
const DATE_PREPOSITIONS = new Set(['on', 'in', 'at', 'since', 'during', 'by', 'from', 'until', 'till', 'throughout', 'of', 'for', 'around', 'about', 'circa', 'c.', 'ca.']);
const RELATIVES = new Set(['who', 'which', 'that']);
/** Words that open a clause inside a clause; the date's own sub-clause starts at the last one before it. */
const SUBORDINATORS = new Set(['who', 'which', 'that', 'when', 'while', 'after', 'before', 'because', 'since', 'until', 'where']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it']);
/** Prepositions that open a phrase a headline can lose; compromise does not tag all of them ("alongside"). */
const PHRASE_PREPOSITIONS = new Set(['with', 'alongside', 'beside', 'at', 'by', 'in', 'on', 'for', 'near', 'amid', 'against', 'among', 'across', 'outside', 'inside', 'under', 'over', 'through', 'via', 'without', 'behind', 'after', 'before', 'during', 'to', 'into', 'from']);
/** Words a headline must not end on. */
const DANGLING = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'to', 'with', 'by', 'in', 'on', 'at', 'as', 'for', 'from', 'his', 'her', 'their', 'its', 'is', 'was', 'were', 'are']);

function wordsOf(doc: View): Word[] {
  const sentences = doc.json(WORD_OFFSETS) as {
    terms: { text: string; post: string; tags: string[]; offset: { start: number; length: number } }[];
  }[];
  return sentences
    .flatMap((s) => s.terms)
    .filter((t) => t.text !== '')
    .map((t) => ({ text: t.text, post: t.post, tags: new Set(t.tags), start: t.offset.start, end: t.offset.start + t.offset.length }));
}

const lower = (w: Word) => w.text.toLowerCase();
const isName = (w: Word) => /^[\p{Lu}\d]/u.test(w.text) && !w.tags.has('Pronoun');
const isVerb = (w: Word) => w.tags.has('Verb');

/** Whether a clause is only names and commas, the head of a list that goes on in the next clause. */
function isNameList(words: Word[], offset: { start: number; length: number }): boolean {
  const inside = words.filter((w) => w.start >= offset.start && w.end <= offset.start + offset.length);
  return inside.length > 0 && inside.every((w) => isName(w) || lower(w) === 'and') && /,\s*$/.test(inside[inside.length - 1].post);
}

/** The clause of the sentence that holds the date, as compromise splits clauses; the whole sentence if that clause says too little. */
function clauseHolding(doc: View, words: Word[], timex: TextSpan): TextSpan {
  const clauses = doc.clauses().json(CLAUSE_OFFSETS) as { offset: { start: number; length: number } }[];
  for (const [i, { offset }] of clauses.entries()) {
    const span = { start: offset.start, end: offset.start + offset.length };
    if (timex.start < span.start || timex.start >= span.end) continue;
    // compromise splits a list of names from its verb: "Meghan Markle, | Prince Harry and Will Reeve are seen".
    for (let k = i - 1; k >= 0 && isNameList(words, clauses[k].offset); k--) span.start = clauses[k].offset.start;
    const rest = words.filter((w) => w.start >= span.start && w.end <= span.end && (w.end <= timex.start || w.start >= timex.end));
    if (rest.length >= 3 && rest.some(isVerb)) return span;
  }
  return { start: 0, end: words.length ? words[words.length - 1].end : 0 };
}

/** The name a relative pronoun stands for: the last run of capitalised words before it ("Whistler, which ..."). */
function antecedent(words: Word[], before: number): Word[] {
  const run: Word[] = [];
  for (let i = words.findLastIndex((w) => w.end <= before); i >= 0; i--) {
    if (isName(words[i]) || (run.length && lower(words[i]) === 'of')) run.unshift(words[i]);
    else if (run.length) break;
  }
  while (run.length && lower(run[0]) === 'of') run.shift();
  return run;
}

/** The subject of the main clause after a subject-less opening ("Since stepping down ..., the Sussexes have ..."). */
function mainSubject(words: Word[], after: number): Word[] {
  const rest = words.filter((w) => w.start >= after);
  const verb = rest.findIndex(isVerb);
  return verb > 0 ? rest.slice(0, verb).filter((w) => !w.tags.has('Adverb')) : [];
}

function pastTense(word: string): string {
  const past = nlp(word).verbs().toPastTense().text();
  return past && !past.includes(' ') ? past : word;
}

function render(words: Word[]): string {
  return words
    .map((w, i) => (i < words.length - 1 && /^,/.test(w.post.trim()) ? `${w.text},` : w.text))
    .join(' ')
    .replace(/[.!?;:]+$/, '');
}

/**
 * A short headline of what happened, written from the sentence by compressing the clause that holds the
 * date: its subject, verb and object, without the date words and their preposition, quotes, or trailing
 * subordinate clauses. `timex` is relative to the sentence; `subject` stands in for a leading pronoun.
 */
export function headline(sentence: string, timex: TextSpan, subject?: string, doc: View = nlp(sentence)): string {
  const words = wordsOf(doc);
  const dateline = /^[\p{Lu}][\p{Lu} .,'-]+,\s*$/u.test(sentence.slice(0, timex.start)) && /^\s*[-–—]\s*/.exec(sentence.slice(timex.end));
  if (dateline) {
    // "LONDON, March 3 - The Bank ...": the date dates the story, and the news follows the dash.
    const from = timex.end + dateline[0].length;
    return headline(sentence.slice(from), { start: 0, end: 0 }, subject, nlp(sentence.slice(from)));
  }
  const clause = clauseHolding(doc, words, timex);
  let kept = words.filter((w) => w.start >= clause.start && w.end <= clause.end);
  // Narrow to the sub-clause that holds the date: "... his father when he flew back to the UK last week".
  const beforeDate = kept.filter((w) => w.end <= timex.start);
  const opener = beforeDate.findLastIndex((w, i) => SUBORDINATORS.has(lower(w)) && beforeDate.slice(i + 1).some(isVerb));
  if (opener > 0) kept = kept.slice(opener);

  // Drop the date words, and the preposition that introduces them.
  const firstDate = kept.findIndex((w) => w.end > timex.start && w.start < timex.end);
  if (firstDate > 0 && DATE_PREPOSITIONS.has(lower(kept[firstDate - 1]))) kept.splice(firstDate - 1, 1);
  kept = kept.filter((w) => !(w.end > timex.start && w.start < timex.end));

  while (kept.length && (LEADING_JOINERS.has(lower(kept[0])) || kept[0].tags.has('Conjunction'))) kept.shift();

  if (kept.length && RELATIVES.has(lower(kept[0]))) {
    // "Harry, who stepped down" -> "Harry stepped down", without the comma.
    const name = antecedent(words, kept[0].start).map((w) => ({ ...w, post: ' ' }));
    kept = [...name, ...kept.slice(1)];
  } else if (kept.length && kept[0].tags.has('Gerund')) {
    const gerund = { ...kept[0], text: pastTense(kept[0].text) };
    kept = [...mainSubject(words, clause.end), gerund, ...kept.slice(1)];
  } else if (kept.length && SUBJECT_PRONOUNS.has(lower(kept[0])) && subject) {
    kept = [{ ...kept[0], text: subject }, ...kept.slice(1)];
  }
  const firstVerb = kept.findIndex(isVerb);
  const cut = kept.findIndex(
    (w, i) => i > Math.max(firstVerb, 1) && (TRAILING_CLAUSE.has(lower(w)) || (lower(w) === 'and' && kept[i + 1]?.tags.has('Gerund'))),
  );
  if (cut > 0) kept = kept.slice(0, cut);

  // Compress: drop trailing prepositional phrases ("at the Church ...", "with Queen Camilla ...") until it fits.
  while (kept.length > MAX_WORDS) {
    const pp = kept.findLastIndex((w, i) => i >= 3 && PHRASE_PREPOSITIONS.has(lower(w)));
    if (pp < 0) break;
    kept = kept.slice(0, pp);
  }
  kept = kept.slice(0, MAX_WORDS);
  while (kept.length > 1 && DANGLING.has(lower(kept[kept.length - 1]))) kept.pop();

  let title = render(kept);
  if (title.length > MAX_CHARS) title = title.slice(0, title.lastIndexOf(' ', MAX_CHARS)).replace(/,$/, '');
  return title.charAt(0).toUpperCase() + title.slice(1);
}
