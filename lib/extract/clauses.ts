import nlp from 'compromise';

type View = ReturnType<typeof nlp>;
/** A view as compromise's split and filter methods type what they return: the core view, without the full build's methods. */
type Piece = Parameters<Parameters<View['filter']>[0]>[0];
/** A match pattern compiled once. compromise's methods take one where they take a string; its types name only strings. */
type Pattern = string;

/** A clause's stretch of its sentence, as compromise reports offsets. */
export interface ClauseOffset {
  start: number;
  length: number;
}

// compromise's JsonProps type lags the options its runtime documents (`terms: false`).
const CLAUSE_OFFSETS = { offset: true, terms: false } as unknown as Parameters<View['json']>[0];

// compromise parses a pattern string on every call, and that was a third of the time its clauses()
// took; compiled here once. growLeft and growRight mark their pattern's edge as anchored, so each
// direction has its own compiled copy.
const compile = (pattern: string) => nlp.parseMatch(pattern) as unknown as Pattern;
const HAS_COMMA = compile('@hasComma');
const ONE_BEFORE = compile('.');
const TWO_AFTER = compile('. .');
const ONE_AFTER = compile('.');
/** Commas inside a phrase, each with the words or tags (`#Tag`) one of which the sentence must hold for it to match. */
const NOT_CLAUSE_COMMAS: { pattern: Pattern; needs: string[] }[] = [
  { pattern: compile('@hasComma @hasComma'), needs: [] },
  { pattern: compile('@hasComma (and|or) .'), needs: ['and', 'or'] },
  { pattern: compile('(#City && @hasComma) #Country'), needs: ['#Country'] },
  { pattern: compile('(#WeekDay && @hasComma) #Date'), needs: ['#WeekDay'] },
  { pattern: compile('(#Date+ && @hasComma) #Value'), needs: ['#Value'] },
  { pattern: compile('(#Adjective && @hasComma) #Adjective'), needs: ['#Adjective'] },
];
const CLAUSE_PUNCTUATION = compile('(@hasEllipses|@hasSemicolon|@hasDash|@hasColon)');
const BUT_BETWEEN_VERBS = compile('#Verb .* [but] .* #Verb');
const IF_THEN = compile('if .{2,9} then .');
const THEN = compile('then');

/**
 * compromise's own word splits, in its order, each with words one of which the sentence must hold for
 * the pattern to match: a sentence without them is left as it is without running the pattern.
 */
const WORD_SPLITS: { split: 'splitAfter' | 'splitBefore'; pattern: Pattern; needs: string[] }[] = [
  { split: 'splitAfter', pattern: compile('^#Pronoun (said|says)'), needs: ['said', 'says'] },
  { split: 'splitBefore', pattern: compile('(said|says) #ProperNoun$'), needs: ['said', 'says'] },
  { split: 'splitBefore', pattern: compile('. . if .{4}'), needs: ['if'] },
  { split: 'splitBefore', pattern: compile('and while'), needs: ['while'] },
  { split: 'splitBefore', pattern: compile('now that'), needs: ['now'] },
  { split: 'splitBefore', pattern: compile('ever since'), needs: ['ever'] },
  { split: 'splitBefore', pattern: compile('(supposing|although)'), needs: ['supposing', 'although'] },
  { split: 'splitBefore', pattern: compile('even (while|if|though)'), needs: ['even'] },
  { split: 'splitBefore', pattern: compile('(whereas|whose)'), needs: ['whereas', 'whose'] },
  { split: 'splitBefore', pattern: compile('as (though|if)'), needs: ['though', 'if'] },
  { split: 'splitBefore', pattern: compile('(til|until)'), needs: ['til', 'until'] },
];

interface Term {
  text: string;
  normal: string;
  machine?: string | null;
  implicit?: string;
  alias?: string[];
  tags: Set<string>;
}

/**
 * Every form a pattern word can match a term by (compromise compares text, normal, machine and alias
 * forms), and every tag as `#Tag`.
 */
function formsOf(doc: View): Set<string> {
  const forms = new Set<string>();
  for (const term of (doc as unknown as { docs: Term[][] }).docs.flat()) {
    forms.add(term.text).add(term.normal);
    if (term.machine) forms.add(term.machine);
    if (term.implicit) forms.add(term.implicit);
    for (const a of term.alias ?? []) forms.add(a);
    for (const t of term.tags) forms.add(`#${t}`);
  }
  return forms;
}

/** Whether a sentence with these forms holds one of a pattern's needs; a pattern with none may always match. */
const mayMatch = (forms: Set<string>, needs: string[]) => needs.length === 0 || needs.some((w) => forms.has(w));

/** A comma that ends a clause, not one inside a list, a place ("Toronto, Canada") or a date ("July 6, 1992"). */
function endsClause(m: Piece, forms: Set<string>): boolean {
  const left = m.growLeft(ONE_BEFORE);
  if (left.wordCount() === 1 || m.growRight(TWO_AFTER).wordCount() === 1) return false;
  // A word either side, as compromise's grow('.'); the sides grow independently, so the left one is reused.
  let more = left.growRight(ONE_AFTER);
  for (const { pattern, needs } of NOT_CLAUSE_COMMAS) if (mayMatch(forms, needs)) more = more.ifNo(pattern);
  return more.found;
}

/**
 * The clauses of a parsed sentence exactly as compromise's `clauses()` splits them, without its cost:
 * patterns are compiled once, and the word-triggered splits run only when their words are present.
 */
export function clausesOf(doc: View): ClauseOffset[] {
  const forms = formsOf(doc);
  let found: Piece = doc;
  const parentheses = doc.parentheses().filter((m: Piece) => m.wordCount() >= 3 && m.has('#Verb') && m.has('#Noun'));
  found = found.splitOn(parentheses);
  // Split views are views of the full build at run time, whatever their type says.
  const quotes = (found as View).quotations().filter((m: Piece) => m.wordCount() >= 3 && m.has('#Verb') && m.has('#Noun'));
  found = found.splitOn(quotes);
  found = found.splitAfter(found.match(HAS_COMMA).filter((m: Piece) => endsClause(m, forms)));
  found = found.splitAfter(CLAUSE_PUNCTUATION);
  for (const { split, pattern, needs } of WORD_SPLITS) if (mayMatch(forms, needs)) found = found[split](pattern);
  if (forms.has('but')) {
    const but = found.match(BUT_BETWEEN_VERBS, 0);
    if (but.found) found = found.splitBefore(but);
  }
  if (forms.has('if') && forms.has('then')) found = found.splitBefore(found.if(IF_THEN).match(THEN));
  return (found.json(CLAUSE_OFFSETS) as { offset: ClauseOffset }[]).map((c) => c.offset);
}
