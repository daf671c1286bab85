import nlp from 'compromise';
import { type ClauseOffset, clausesOf } from './clauses';
import { parse } from './parse';
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

// compromise's JsonProps type lags the options its runtime documents (per-word offsets).
const WORD_OFFSETS = { offset: true, terms: { offset: true } } as Parameters<View['json']>[0];

const MAX_WORDS = 12;
const MAX_CHARS = 100;

/** Words that open a subordinate clause or join clauses; they never start a headline. */
const LEADING_JOINERS = new Set(['but', 'and', 'or', 'so', 'yet', 'since', 'after', 'before', 'when', 'where', 'while', 'as', 'then', 'also', 'however', 'meanwhile', 'though', 'although', 'because', 'until', 'once', 'during']);
/** Subordinators whose phrase, at the head of a sentence and closed by a comma, sets the scene for the main clause. */
const SCENE_SETTERS = new Set(['after', 'before', 'since', 'when', 'while', 'as', 'though', 'although', 'because', 'once', 'during', 'despite', 'amid']);
/** The longest scene-setting phrase cut from the head of a headline, in words. */
const SCENE_WORDS = 10;
/** Words that start a trailing subordinate clause, cut from the end of a headline. */
const TRAILING_CLAUSE = new Set(['who', 'which', 'while', 'because', 'although', 'though', 'whereas', 'despite', 'unless', 'if', 'but', 'when', 'after', 'before', 'where']);
/** Prepositions that introduce a date ("on January 29", "since 2020"); dropped with the date. */
const DATE_PREPOSITIONS = new Set(['on', 'in', 'at', 'since', 'during', 'by', 'from', 'until', 'till', 'through', 'throughout', 'between', 'of', 'for', 'within', 'around', 'about', 'circa', 'c.', 'ca.']);
const RELATIVES = new Set(['who', 'which', 'that']);
/** Words that hedge a date and go with it: "sometime in 1998", "roughly 2010", "as of 2023", "as early as 1990". */
const DATE_HEDGES = new Set(['as', 'sometime', 'roughly', 'approximately', 'circa', 'nearly', 'almost', 'early', 'late', 'earlier', 'later', 'least', 'just']);
/** Words that join a second verb phrase to the first: "won a scholarship in 1950 and graduated three years later". */
const COORDINATORS = new Set(['and', 'but']);
/** Words that open a clause inside a clause; the date's own sub-clause starts at the last one before it. */
const SUBORDINATORS = new Set(['who', 'whom', 'which', 'that', 'when', 'while', 'after', 'before', 'because', 'since', 'until', 'where']);
// "they" and "it" are left alone: they stand for groups and things more often than for a named person.
const SUBJECT_PRONOUNS = new Set(['he', 'she']);
/** "Her most famous work began": the person's, written as the person's name ("Margaret Ellison's"). */
const POSSESSIVE_PRONOUNS = new Set(['his', 'her']);
/** Prepositions that open a phrase a headline can lose; compromise does not tag all of them ("alongside"). */
const PHRASE_PREPOSITIONS = new Set(['with', 'alongside', 'beside', 'at', 'by', 'in', 'on', 'for', 'near', 'amid', 'against', 'among', 'across', 'outside', 'inside', 'under', 'over', 'through', 'via', 'without', 'behind', 'after', 'before', 'during', 'to', 'into', 'from']);
/** Prepositions of company, whose phrase a headline drops once it has its verb and object. */
const ACCOMPANIMENT = new Set(['with', 'alongside', 'beside', 'accompanied']);
/**
 * Whether the coordinator at `i` joins a second clause with its own subject after a first with its verb:
 * "A ceasefire was agreed but it broke down", not "Charles and Camilla attend".
 */
function opensClause(words: Word[], i: number): boolean {
  const verb = words.findIndex((w, k) => k > i && isVerb(w));
  const subject = words.slice(i + 1, verb);
  // A verb of the first clause, not a noun compromise took for one ("Tanzanian police and FBI agents said")
  // nor a preposition-like participle ("Three doctors including Slepian, three employees and an escort have").
  const finite = (w: Word, k: number) =>
    isVerb(w) && !w.tags.has('Gerund') && !PREPOSITIONAL_VERBS.has(lower(w)) && !(k > 0 && ['Adjective', 'Determiner'].some((t) => words[k - 1].tags.has(t)));
  return verb > i + 1 && subject.length <= 4 && words.slice(0, i).some(finite) && subject.every((w) => w.tags.has('Pronoun') || NOUN_PHRASE_TAGS.some((t) => w.tags.has(t)) || isName(w));
}

/** Verbs that take no object, so a passive "was" before an earlier verb does not carry over to them. */
const NEVER_PASSIVE = new Set(['died', 'fled', 'resigned', 'retired', 'arrived', 'departed', 'emigrated', 'escaped', 'returned', 'collapsed', 'surrendered', 'abdicated', 'went', 'came']);

/** Verbs of saying that open an inverted attribution: '"...," said one protester'. */
const SAYING = new Set(['said', 'says', 'added', 'told', 'asked', 'explained', 'recalled', 'insisted', 'warned']);
/** The end of a quote, just before an inverted attribution. */
const QUOTE_CLOSED = /["”’']\s*$/;

/** Verbs that report what someone said, wrote or made known. */
const REPORTING = new Set([...SAYING, 'reported', 'announced', 'stated', 'noted', 'confirmed', 'disclosed', 'reports', 'announces', 'confirms']);
/** The most words an attribution has before and after its verb ("Kenya's national newspapers reported", "said at a regular news briefing"). */
const ATTRIBUTION_WORDS = 8;

/** The fewest words of what an attribution reports: fewer are a scene-setting phrase ("On Monday,"). */
const TOLD_WORDS = 4;

/** Whether a headline is only who said something: a subject, a reporting verb and no object ("An official said"). */
function attributionOnly(kept: Word[]): boolean {
  const verb = kept.findIndex(isVerb);
  if (verb < 1 || verb > ATTRIBUTION_WORDS || !REPORTING.has(lower(kept[verb]))) return false;
  let tail = kept.slice(verb + 1);
  // "said that ..." reports what was said; "said as dawn broke" only says when.
  const clause = tail.findIndex((w) => (SUBORDINATORS.has(lower(w)) && lower(w) !== 'that') || SCENE_SETTERS.has(lower(w)));
  if (clause >= 0) tail = tail.slice(0, clause);
  return tail.length <= ATTRIBUTION_WORDS && !tail.some((w, i) => (isVerb(w) && !isNounGerund(tail, i)) || lower(w) === 'that' || /["“”]/.test(w.post));
}

/** What an attribution at the end of a sentence reports: the words before it, up to the comma, unless they are a quote. */
function toldBefore(sentence: string, attribution: number): string | undefined {
  const before = sentence.slice(0, attribution);
  const told = before.replace(/,\s*$/, '');
  if (told === before || /^\s*["“'‘`]/.test(before) || told.trim().split(/\s+/).length < TOLD_WORDS) return undefined;
  return told;
}

/** A place in capitals, maybe its state, maybe a wire service, and the dash that ends a dateline. */
const DATELINE_PLACE = /^\p{Lu}{3,}(?:[ .'-]+\p{Lu}{2,})*,?(?:\s+\p{Lu}[\p{L}.]{0,8}(?:\s+\p{Lu}[\p{L}.]{0,8})?)?\s*(?:\([^()]{1,30}\)\s*)?(?:--|[–—_])\s+/u;

/** Words a headline must not end on. */
const DANGLING = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'to', 'with', 'by', 'in', 'on', 'at', 'as', 'for', 'from', 'his', 'her', 'their', 'its', 'is', 'was', 'were', 'are', 'that', 'up', 'only', 'than']);
/** Words that look like verbs but work as prepositions; a phrase they open is an aside ("according to tradition, ..."). */
const PREPOSITIONAL_VERBS = new Set(['according', 'following', 'including', 'regarding', 'concerning', 'excluding', 'given']);
/** Words a relative pronoun's noun phrase is made of: "a construction programme that ...", "the company, which ...". */
const NOUN_PHRASE_TAGS = ['Noun', 'Adjective', 'Determiner', 'Value', 'Possessive'];

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
/** Where a word is in the sentence's words, by position: the headline's words may be copies (with a comma moved or a tense changed). */
const indexIn = (words: Word[], w: Word) => words.findIndex((x) => x.start === w.start);
const isName = (w: Word) => /^[\p{Lu}\d]/u.test(w.text) && !w.tags.has('Pronoun');
const isVerb = (w: Word) => w.tags.has('Verb');

/** A gerund after a noun's words is a noun ("at a regular news briefing", "in composite trading"), not a verb ("markets pricing in"). */
const isNounGerund = (words: Word[], i: number) =>
  words[i].tags.has('Gerund') && i > 0 && !isVerb(words[i - 1]) && !words[i - 1].tags.has('Plural') && NOUN_PHRASE_TAGS.some((t) => words[i - 1].tags.has(t));

/** The index of the next word after `from` that a comma follows, or -1. */
const nextComma = (words: Word[], from: number) => (from < 0 ? -1 : words.findIndex((w, i) => i > from && /,/.test(w.post)));

/** Whether a clause is only names and commas, the head of a list that goes on in the next clause. */
function isNameList(words: Word[], offset: ClauseOffset): boolean {
  const inside = words.filter((w) => w.start >= offset.start && w.end <= offset.start + offset.length);
  return inside.length > 0 && inside.every((w) => isName(w) || lower(w) === 'and') && /,\s*$/.test(inside[inside.length - 1].post);
}

/**
 * Whether the clause at `start` goes on a list the clause before it began: "Raids by Picts, | Scots and
 * Saxons grew worse". The earlier clause ends in a name and a comma, this one opens with names joined by "and".
 */
function continuesList(words: Word[], previous: ClauseOffset, start: number): boolean {
  const before = words.filter((w) => w.start >= previous.start && w.end <= start);
  const last = before[before.length - 1];
  if (!last || !isName(last) || !/,\s*$/.test(last.post)) return false;
  const opening = words.filter((w) => w.start >= start);
  const joiner = opening.findIndex((w) => !isName(w));
  return joiner > 0 && ['and', 'or'].includes(lower(opening[joiner])) && Boolean(opening[joiner + 1] && isName(opening[joiner + 1]));
}

/**
 * A sentence's clauses, split once for all the dates in it. The split sees the tags of the first call;
 * a later call tags nothing new (the caption fix below applies once), so they still hold.
 */
const clausesOfParse = new WeakMap<View, ClauseOffset[]>();

/** The clause of the sentence that holds the date, as compromise splits clauses; the whole sentence if that clause says too little. */
function clauseHolding(doc: View, words: Word[], timex: TextSpan): TextSpan {
  // A semicolon or a colon joins two sentences in one: "the Blitz began; it lasted until May",
  // "The 1530s changed everything: in 1534 the king broke with Rome".
  const before = words.findLast((w) => w.end <= timex.start && /[;:]/.test(w.post));
  const after = words.find((w) => w.start >= timex.end && /[;:]/.test(w.post));
  const whole = { start: before ? words[words.indexOf(before) + 1].start : 0, end: after ? after.end : words.length ? words[words.length - 1].end : 0 };
  // Without clause punctuation the split below is the whole sentence anyway (sub-clauses are narrowed
  // later), and clause splitting costs more than the rest of a headline.
  if (!words.some((w) => /[,;:()–—]/.test(w.post))) return whole;
  let clauses = clausesOfParse.get(doc);
  if (!clauses) clausesOfParse.set(doc, (clauses = clausesOf(doc)));
  for (const [i, offset] of clauses.entries()) {
    const span = { start: Math.max(offset.start, whole.start), end: Math.min(offset.start + offset.length, whole.end) };
    if (timex.start < span.start || timex.start >= span.end) continue;
    // compromise splits a list of names from its verb: "Meghan Markle, | Prince Harry and Will Reeve are seen".
    // Not a clause a relative pronoun opens: "Guardiola, | whose contract was extended" stands for the name.
    const relative = words.find((w) => w.start >= span.start);
    if (!(relative && ['who', 'whose', 'whom', 'which'].includes(lower(relative)))) {
      for (let k = i - 1; k >= 0 && isNameList(words, clauses[k]); k--) span.start = clauses[k].start;
    }
    if (i > 0 && continuesList(words, clauses[i - 1], span.start)) span.start = clauses[i - 1].start;
    // A clause that opens with the date's preposition is the end of the clause before: "We will be here | until the weekend if ...".
    const opening = words.filter((w) => w.start >= span.start && w.end <= span.end);
    if (i > 0 && opening.length > 1 && DATE_PREPOSITIONS.has(lower(opening[0])) && opening[1].start >= timex.start && opening[1].start < timex.end) {
      // ... and of the clause before an aside without a verb: "Carthage was founded, | according to tradition, | in 814 BC by ...".
      let k = i - 1;
      while (k > 0 && !words.some((w) => w.start >= clauses[k].start && w.end <= clauses[k].start + clauses[k].length && isVerb(w) && !PREPOSITIONAL_VERBS.has(lower(w)))) k--;
      span.start = clauses[k].start;
    }
    // compromise splits two words before an "if" with no punctuation there, cutting a verb from its subject:
    // "warned that projects | will stall if Congress ...". A clause that opens on its verb goes on the one before.
    const previous = words.findLast((w) => w.end <= span.start);
    if (i > 0 && opening[0] && isVerb(opening[0]) && previous && previous.post.trim() === '') span.start = clauses[i - 1].start;
    // None of these reaches back across a semicolon or colon.
    span.start = Math.max(span.start, whole.start);
    const rest = words.filter((w) => w.start >= span.start && w.end <= span.end && (w.end <= timex.start || w.start >= timex.end));
    if (rest.length >= 3 && rest.some((w, k) => isVerb(w) && !isNounGerund(rest, k))) return span;
  }
  return whole;
}

/**
 * The noun phrase a relative pronoun stands for, just before it: "Whistler, which", "a construction
 * programme that", "14 consecutive increases that". Stops at verbs, prepositions and dates.
 */
function antecedent(words: Word[], before: number, timex: TextSpan): Word[] {
  const phrase: Word[] = [];
  for (let i = words.findLastIndex((w) => w.end <= before); i >= 0; i--) {
    const w = words[i];
    const inDate = w.end > timex.start && w.start < timex.end;
    // "at closing, which is expected", "the judge's ruling, which": a gerund after a preposition, determiner,
    // adjective or common noun is a noun.
    const before = words[i - 1];
    const compound = before && before.tags.has('Noun') && !before.tags.has('Plural') && !isName(before);
    const gerundNoun = w.tags.has('Gerund') && Boolean(before) && (compound || ['Preposition', 'Determiner', 'Possessive', 'Adjective'].some((t) => before.tags.has(t)));
    if (inDate || (isVerb(w) && !gerundNoun) || !(gerundNoun || NOUN_PHRASE_TAGS.some((t) => w.tags.has(t))) || (phrase.length && /,/.test(w.post))) break;
    phrase.unshift(w);
  }
  // A phrase that ends in a name is that name: "the winter sports town of Whistler" -> "Whistler".
  let name = phrase.length;
  while (name > 0 && (isName(phrase[name - 1]) || (lower(phrase[name - 1]) === 'of' && name < phrase.length))) name--;
  while (name < phrase.length && lower(phrase[name]) === 'of') name++;
  return name < phrase.length ? phrase.slice(name) : phrase;
}

/** "It" that stands for nothing: the weather, the time, or what is said or thought ("it was claimed that ..."). */
const DUMMY_IT = /^it\s+(?:(?:is|was|has\s+been|had\s+been|will\s+be|would\s+be|seems|seemed|appears|appeared|remains|remained)\s+(?:said|thought|believed|claimed|reported|expected|understood|known|feared|hoped|alleged|likely|unlikely|clear|unclear|possible|impossible|important|time|too|not|now|still|raining|snowing)\b|(?:rained|snowed|rains|snows))/i;

/**
 * The thing a subject "it" stands for: the nearest singular noun phrase before it in the sentence that
 * is not a person ("a record for the ground since it was rebuilt" -> "the ground"). Empty when there is none.
 */
function thingBefore(words: Word[], it: Word, timex: TextSpan): Word[] {
  const at = indexIn(words, it);
  // "moved it to the palace on the Dam, and in 1885 it opened": a second "it" goes on with the first, not with a noun between.
  if (words.slice(0, at).some((w) => lower(w) === 'it')) return [];
  for (let i = at - 1; i >= 0; i--) {
    const w = words[i];
    const inDate = w.end > timex.start && w.start < timex.end;
    // A noun before another in one phrase is a modifier ("breakaway emperors"), not what the phrase names.
    const modifier = i + 1 < at && words[i + 1].tags.has('Noun') && !/,/.test(w.post);
    if (!inDate && !modifier && w.tags.has('Noun') && !['Pronoun', 'Plural', 'Person', 'Value', 'Date', 'Possessive'].some((t) => w.tags.has(t))) {
      return antecedent(words, w.end, timex);
    }
  }
  return [];
}

/** Who says a quote, after it: '"I told them ...," Donovan said', '..." said Fiona Marsh', '..." she said'. */
const SPEAKER = /^[^"“”]*["”]\s*,?\s*(?:(\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*)*|he|she)\s+(?:said|says|added|recalled|explained)|(?:said|says|added)\s+(\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*)*))\b/u;

/** The speaker of the quote that `rest` (the sentence after an "I") closes, by name, or by the person a "he" or "she" stands for. */
function speakerAfter(rest: string, personFor: (pronoun: string) => string | undefined): string | undefined {
  const m = SPEAKER.exec(rest);
  const name = m?.[1] ?? m?.[2];
  return name === 'he' || name === 'she' ? personFor(name) : name;
}

/** The subject of the main clause after a subject-less opening ("Since stepping down ..., the Sussexes have ..."). */
function mainSubject(words: Word[], after: number): Word[] {
  const rest = words.filter((w) => w.start >= after);
  const verb = rest.findIndex(isVerb);
  return verb > 0 ? rest.slice(0, verb).filter((w) => !w.tags.has('Adverb')) : [];
}

/**
 * The sentence's own subject, for a clause that starts with its verb ("..., died at her home"): the
 * words before the sentence's first verb, up to the first comma ("Margaret Ellison, the biologist whose ...").
 */
function sentenceSubject(words: Word[], before: number, timex: TextSpan): Word[] {
  // "Recycling, which needs ..., grew": a gerund set off by a comma at the head is the subject, not its verb.
  const verb = words.findIndex((w, i) => isVerb(w) && !(i === 0 && w.tags.has('Gerund') && /,/.test(w.post)));
  const head = words.slice(0, verb < 0 ? 0 : verb).filter((w) => w.end <= before);
  const comma = head.findIndex((w) => /,/.test(w.post));
  const subject = comma >= 0 ? head.slice(0, comma + 1) : head;
  return subject
    .map((w) => ({ ...w, post: ' ' }))
    .filter((w) => !w.tags.has('Adverb') && !w.tags.has('Conjunction') && !(w.end > timex.start && w.start < timex.end));
}

function pastTense(gerund: string): string {
  const doc = nlp(gerund);
  doc.tag('Gerund');
  const past = (doc.verbs().conjugate()[0] as { PastTense?: string } | undefined)?.PastTense;
  return past && !past.includes(' ') ? past : gerund;
}

/** The noun phrase just before a word: the subject of the verb at `verb` ("the US Federal Reserve left"). */
function subjectBefore(words: Word[], verb: number): Word[] {
  const phrase: Word[] = [];
  for (let i = verb - 1; i >= 0; i--) {
    const w = words[i];
    // "Northwind also announced": an adverb between subject and verb is no part of the subject.
    if (w.tags.has('Adverb') && !/[,;]/.test(w.post) && !phrase.length) continue;
    if (isVerb(w) || /[,;]/.test(w.post) || !(NOUN_PHRASE_TAGS.some((t) => w.tags.has(t)) || isName(w))) break;
    phrase.unshift(w);
  }
  return phrase;
}

/** The subject of a sentence, for a later "it" or "they": what it names and whether that is many, or a person. */
export interface OpeningSubject {
  text: string;
  plural: boolean;
  person: boolean;
  organization: boolean;
}

/** The longest subject a later pronoun is taken to stand for, in words. */
const SUBJECT_WORDS = 6;

/**
 * The noun phrase that opens a sentence's main clause, after a scene-setting phrase closed by a comma
 * ("On Thursday, Acme Corp said" -> "Acme Corp"): what a next sentence's "it" or "they" most likely means.
 */
export function openingSubject(doc: View): OpeningSubject | undefined {
  let words = wordsOf(doc);
  const comma = words.findIndex((w) => /,/.test(w.post));
  const opensWithPhrase = words[0] && (words[0].tags.has('Preposition') || words[0].tags.has('Adverb') || words[0].tags.has('Date') || SCENE_SETTERS.has(lower(words[0])));
  if (opensWithPhrase && comma >= 0 && comma < SCENE_WORDS) words = words.slice(comma + 1);
  // "Since 2012 its website has ...": with no comma to close it, where the phrase ends is not known.
  else if (opensWithPhrase && words[0].tags.has('Preposition')) return undefined;
  const verb = words.findIndex(isVerb);
  // "Harriers now turn ...": adverbs (compromise tags "now" a conjunction too) are no part of the subject.
  // "Today the ruins lie ...": a leading date says when, and is no part of the subject.
  const subject = words
    .slice(0, verb)
    .filter((w, i, head) => !w.tags.has('Adverb') && !(w.tags.has('Conjunction') && lower(w) !== 'and') && !head.slice(0, i + 1).every((x) => x.tags.has('Date')));
  if (verb < 1 || subject.length === 0 || subject.length > SUBJECT_WORDS || subject.some((w) => /[,;]/.test(w.post) && w !== subject[subject.length - 1])) return undefined;
  if (subject.some((w) => w.tags.has('Pronoun') || !(NOUN_PHRASE_TAGS.some((t) => w.tags.has(t)) || isName(w) || lower(w) === 'and'))) return undefined;
  const head = subject[subject.length - 1];
  return {
    text: render(subject.map((w) => ({ ...w, post: ' ' }))),
    plural: head.tags.has('Plural') || subject.some((w) => lower(w) === 'and'),
    person: subject.some((w) => w.tags.has('Person')),
    organization: subject.some((w) => w.tags.has('Organization')),
  };
}

/** Words as a reader counts them: "open-top" is one, a name put for a pronoun ("Margaret Ellison") as many as it has. */
const wordCount = (words: Word[]) => words.reduce((n, w, i) => n + (i > 0 && words[i - 1].post === '-' ? 0 : w.text.split(' ').length), 0);

/**
 * Words less those of other dates, and the prepositions and hedges that introduce them ("in", "sometime in").
 * `inAnyDate` also holds the dates left for a later pass, so that the word joining a range goes with either.
 */
function withoutDates(words: Word[], inDate: (w: Word) => boolean, inAnyDate = inDate): Word[] {
  const kept: Word[] = [];
  let run: Word[] = [];
  let introducers: Word[] = [];
  // The comma after a date that closes a phrase stays: "In composite trading Friday, Automatic Data closed"
  // (not onto "and" or "the"), but not one that only balances a date's own ("killed Oct. 23, 1998, by").
  const endRun = (next?: Word) => {
    const date = run[run.length - 1];
    // "a reference to next year's race" -> "a reference to the race": a date said as a possessive was the noun's determiner.
    if (next && (next.tags.has('Gerund') || (!isVerb(next) && NOUN_PHRASE_TAGS.some((t) => next.tags.has(t)))) && /['’]s$/.test(date.text)) {
      kept.push(...introducers, { text: 'the', post: ' ', tags: new Set(['Determiner']), start: date.end, end: date.end });
      run = [];
      return;
    }
    const last = kept[kept.length - 1];
    const closing = run.length > 0 && /,/.test(run[run.length - 1].post) && !run.slice(0, -1).some((w) => /,/.test(w.post));
    if (last && closing && !/[,;]/.test(last.post) && !['Conjunction', 'Preposition', 'Determiner'].some((t) => last.tags.has(t))) {
      kept[kept.length - 1] = { ...last, post: run[run.length - 1].post };
    }
    run = [];
  };
  for (const [i, w] of words.entries()) {
    // "between 1536 and 1541", "from 1509 to 1547": the word joining two dates of a range goes with them.
    const [before, after] = [words[i - 1], words[i + 1]];
    if (RANGE_JOINERS.has(lower(w)) && before && after && inAnyDate(before) && inAnyDate(after) && (inDate(before) || inDate(after))) continue;
    if (!inDate(w)) {
      // "in December alone": "alone" goes with the date it narrows.
      if (run.length && lower(w) === 'alone') continue;
      if (run.length) endRun(w);
      kept.push(w);
      continue;
    }
    // What introduces a date goes once, before its first word.
    if (run.length === 0) {
      introducers = [];
      if (kept.length && PERIOD_END.has(lower(kept[kept.length - 1]))) introducers.unshift(kept.pop()!);
      while (kept.length && !/[,;]/.test(kept[kept.length - 1].post) && introducesDate(kept, kept.length - 1)) introducers.unshift(kept.pop()!);
    }
    run.push(w);
  }
  if (run.length) endRun();
  return kept;
}

/** Whether `words[i]` introduces a date after it: "in", "sometime in", "around", and "the" after one of them ("by the mid-1930s"). */
function introducesDate(words: Word[], i: number): boolean {
  const w = lower(words[i]);
  if (DATE_PREPOSITIONS.has(w) || DATE_HEDGES.has(w)) return true;
  return DATE_DETERMINERS.has(w) && i > 0 && DATE_PREPOSITIONS.has(lower(words[i - 1]));
}

/** Words that join the two dates of a range. */
const RANGE_JOINERS = new Set(['and', 'or', 'to', '-', '–']);
/** Determiners a date may take after its preposition: "by the mid-1930s", "for its fourth quarter". */
const DATE_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'this', 'that']);
/** "the quarter ended Sept. 30": the participle that ties a period to its end date goes with the date. */
const PERIOD_END = new Set(['ended', 'ending']);

/** The words as text: commas kept inside, hyphenated words ("23-year-old", "full-year") joined again. */
function render(words: Word[]): string {
  let text = '';
  words.forEach((w, i) => {
    const last = i === words.length - 1;
    text += w.text;
    if (!last && w.post === '-') text += '-';
    // A comma before the verb is left from an apposition: "A second project, Skerry Point, is due".
    else if (!last) text += /^,/.test(w.post.trim()) && !isVerb(words[i + 1]) ? ', ' : ' ';
  });
  return text.replace(/[.!?;:]+$/, '');
}

/** What the document around a sentence tells its headline. */
export interface HeadlineContext {
  /** Whom a leading "he", "she", "his" or "her" stands for, when the document makes that clear. */
  personFor?: (pronoun: string) => string | undefined;
  /** What a leading "it" or "they" stands for when the sentence itself does not say: the subject before. */
  thingFor?: (pronoun: 'it' | 'they') => string | undefined;
  /** The sentence already parsed. */
  doc?: View;
  /** The sentence's other dates, relative to it; they are left out of the headline. */
  otherDates?: readonly TextSpan[];
}

/**
 * A short headline of what happened, written from the sentence by compressing the clause that holds the
 * date: its subject, verb and object, without the date words and their preposition, quotes, or trailing
 * subordinate clauses. `timex` is relative to the sentence.
 */
export function headline(sentence: string, timex: TextSpan, context: HeadlineContext = {}): string {
  const { personFor = () => undefined, thingFor = () => undefined, doc = parse(sentence), otherDates = [] } = context;
  // Captions are written like headlines, and compromise takes their verb for a plural noun:
  // "King Charles III leaves The London Clinic" has no verb until "leaves" is tagged as one.
  if (!doc.has('#Verb')) doc.match('#ProperNoun [#Plural] (#Determiner|#ProperNoun|#Possessive)', 0).tag('PresentTense');
  // The sentence's other dates are no part of this headline: "In 1898 they found polonium, and in December, radium".
  const inOtherDate = (w: Word) => otherDates.some((d) => w.end > d.start && w.start < d.end);
  const words = withoutDates(wordsOf(doc), inOtherDate, (w) => inOtherDate(w) || (w.end > timex.start && w.start < timex.end));
  // "LONDON, March 3 - The Bank ...": the date dates the story, and the news follows the dash, whichever date this headline is for.
  const datelineDate = [timex, ...otherDates].find((d) => /^[\p{Lu}][\p{Lu} .,'-]+,\s*$/u.test(sentence.slice(0, d.start)));
  // A wire service may sign the dateline: "WASHINGTON, August 11 (Xinhua) --".
  const dash = datelineDate && /^\s*(?:\([^()]{1,30}\)\s*)?(?:--|[-–—_])\s*/.exec(sentence.slice(datelineDate.end));
  // A dateline without a date: "NEWARK, N.J. _ A new task force began ...".
  const place = !dash && DATELINE_PLACE.exec(sentence);
  if ((datelineDate && dash) || place) {
    const from = datelineDate && dash ? datelineDate.end + dash[0].length : (place as RegExpExecArray)[0].length;
    const shift = (d: TextSpan) => ({ start: Math.max(0, d.start - from), end: Math.max(0, d.end - from) });
    const rest = sentence.slice(from);
    return headline(rest, shift(timex), { personFor, thingFor, doc: parse(rest), otherDates: otherDates.filter((d) => d.start >= from).map(shift) });
  }
  const clause = clauseHolding(doc, words, timex);
  let kept = words.filter((w) => w.start >= clause.start && w.end <= clause.end);
  // Narrow to the sub-clause that holds the date: "... his father when he flew back to the UK last week",
  // "... in 1950 and graduated three years later". A comma between them means the sub-clause closed first.
  const beforeDate = kept.filter((w) => w.end <= timex.start);
  const opener = beforeDate.findLastIndex(
    (w, i) =>
      (SUBORDINATORS.has(lower(w)) || (COORDINATORS.has(lower(w)) && beforeDate[i + 1] && (isVerb(beforeDate[i + 1]) || opensClause(beforeDate, i)))) &&
      beforeDate.slice(i + 1).some(isVerb) &&
      !beforeDate.slice(i, -1).some((x) => /,/.test(x.post)),
  );
  // "the house in which she lived": the preposition goes with its relative pronoun.
  const withPreposition = opener >= 1 && ['whom', 'which'].includes(lower(kept[opener])) && PHRASE_PREPOSITIONS.has(lower(kept[opener - 1]));
  if (opener > 0) kept = kept.slice(withPreposition ? opener - 1 : opener);
  const openedBy = opener > 0 ? lower(kept[0]) : '';

  // Drop the date words, and the words that introduce them ("sometime in", "around").
  kept = withoutDates(kept, (w) => w.end > timex.start && w.start < timex.end);
  // An age between commas is not what happened: "Princess Lilibet, two, was christened".
  kept = kept.filter((w, i) => !(i > 0 && w.tags.has('Value') && /,/.test(kept[i - 1].post) && /,/.test(w.post)));

  // A leading phrase that sets the scene ("after a second massacre, NATO launched air strikes") is not what happened.
  let sceneEnd = kept.findIndex((w) => /,/.test(w.post));
  // "In Cape Town, South Africa, police said": a place's apposition belongs to the phrase.
  for (let next = nextComma(kept, sceneEnd); next > sceneEnd && kept.slice(sceneEnd + 1, next + 1).every(isName); next = nextComma(kept, next)) sceneEnd = next;
  // So does a prepositional one: "In New York Stock Exchange composite trading Friday, Automatic Data closed at $46".
  if (kept[0] && (SCENE_SETTERS.has(lower(kept[0])) || PHRASE_PREPOSITIONS.has(lower(kept[0]))) && sceneEnd > 0 && sceneEnd < SCENE_WORDS && kept.slice(sceneEnd + 1).some(isVerb)) kept = kept.slice(sceneEnd + 1);
  // A relative pronoun compromise tags a conjunction ("a strike that began") stays: it stands for a noun.
  while (kept.length && (LEADING_JOINERS.has(lower(kept[0])) || (kept[0].tags.has('Conjunction') && !RELATIVES.has(lower(kept[0]))))) kept.shift();
  // "..., according to a study published Tuesday", "According to a report released Monday, ...": the date is
  // the source's, and what happened is what the source tells, before the phrase or after it.
  const according = kept[0] && lower(kept[0]) === 'according' && !sentence.slice(kept[0].start, timex.start).includes(',') ? kept[0].start : -1;
  const source = according >= 0 ? toldBefore(sentence, according) : undefined;
  if (source !== undefined) {
    return headline(source, { start: 0, end: 0 }, { personFor, thingFor, doc: parse(source), otherDates: otherDates.filter((d) => d.end <= source.length) });
  }
  const toldFrom = according >= 0 && sentence.slice(0, according).trim() === '' ? sentence.indexOf(',', timex.end) + 1 : 0;
  if (toldFrom > 0) {
    const told = sentence.slice(toldFrom);
    const shift = (d: TextSpan) => ({ start: d.start - toldFrom, end: d.end - toldFrom });
    return headline(told, { start: 0, end: 0 }, { personFor, thingFor, doc: parse(told), otherDates: otherDates.filter((d) => d.start >= toldFrom).map(shift) });
  }
  while (kept.length && PREPOSITIONAL_VERBS.has(lower(kept[0]))) {
    const close = kept.findIndex((w) => /,/.test(w.post));
    if (close < 0) break;
    kept = kept.slice(close + 1);
  }
  // "with markets pricing in three reductions": a clause in all but its verb, which is a gerund -> "Markets priced in ...".
  const absolute = kept[0] && lower(kept[0]) === 'with' ? kept.findIndex((w, i) => i > 1 && w.tags.has('Gerund')) : -1;
  if (absolute > 1 && absolute <= 4 && kept.slice(1, absolute).every((w) => !isVerb(w) && NOUN_PHRASE_TAGS.some((t) => w.tags.has(t)))) {
    kept = [...kept.slice(1, absolute), { ...kept[absolute], text: pastTense(kept[absolute].text) }, ...kept.slice(absolute + 1)];
  }

  const first = kept[0];
  // "That is a reference to ...": a "that" or "which" that opens its sentence points back; it is no relative pronoun.
  const opensSentence = (w: Word) => indexIn(words, w) === 0 || /[.!?]["”’']?\s*$/.test(words[indexIn(words, w) - 1]?.post ?? '');
  if (first && lower(first) === 'that' && opensSentence(first) && kept[1] && !isVerb(kept[1])) {
    // "That sentencing is set for ...": a demonstrative points to what the sentence before said; alone, "the".
    kept = [{ ...first, text: 'the' }, ...kept.slice(1)];
  } else if (first && RELATIVES.has(lower(first)) && !opensSentence(first)) {
    // "Harry, who stepped down" -> "Harry stepped down", without the comma.
    const phrase = antecedent(words, first.start, timex).map((w) => ({ ...w, post: ' ' }));
    // A relative clause set off by commas ends at the next one: "City, who won the treble in 2023, are 15 points behind".
    const close = kept.findIndex((w) => /,/.test(w.post));
    const setOff = /,/.test(words[indexIn(words, first) - 1]?.post ?? '') && close > 1;
    const clause = kept.slice(1, setOff ? close + 1 : kept.length);
    // "the route that Deville had devised" -> "Deville had devised the route": the relative is the verb's object.
    const verb = clause.findIndex(isVerb);
    const subject = clause.slice(0, verb);
    const ownSubject = lower(first) !== 'who' && verb > 0 && verb <= 4 && subject.every((w) => w.tags.has('Pronoun') || isName(w) || NOUN_PHRASE_TAGS.some((t) => w.tags.has(t)));
    if (ownSubject && phrase.length) {
      let group = verb;
      while (group + 1 < clause.length && (isVerb(clause[group + 1]) || clause[group + 1].tags.has('Adverb'))) group++;
      const object = phrase.map((w, i) => (i === 0 && w.tags.has('Determiner') ? { ...w, text: lower(w) } : w));
      kept = [...clause.slice(0, group), { ...clause[group], post: ' ' }, ...object, ...clause.slice(group + 1)];
    } else kept = [...phrase, ...clause];
  } else if (first && PHRASE_PREPOSITIONS.has(lower(first)) && kept[1] && ['whom', 'which'].includes(lower(kept[1])) && kept.slice(2).some(isVerb)) {
    // "Saddam, with whom the king met" -> "The king met with Saddam".
    const phrase = antecedent(words, first.start, timex).map((w) => ({ ...w, post: ' ' }));
    const clause = kept.slice(2).map((w) => ({ ...w, post: /,/.test(w.post) ? ' ' : w.post }));
    if (phrase.length) kept = [...clause, { ...first, text: lower(first), post: ' ' }, ...phrase];
  } else if (first && lower(first) === 'whose') {
    // "Coleco, a toy maker whose stock peaked" -> "Coleco's stock peaked".
    const phrase = antecedent(words, first.start, timex).map((w) => ({ ...w, post: ' ' }));
    if (phrase.length) kept = [...phrase.slice(0, -1), { ...phrase[phrase.length - 1], text: `${phrase[phrase.length - 1].text}'s` }, ...kept.slice(1)];
  } else if (first && first.tags.has('Gerund') && !PREPOSITIONAL_VERBS.has(lower(first))) {
    // "Since stepping down ..., the Sussexes have" -> "The Sussexes stepped down"; mid-sentence, the sentence's subject.
    const gerund = { ...first, text: pastTense(first.text) };
    const leading = indexIn(words, first) === 0 || (indexIn(words, first) <= 2 && words.slice(0, indexIn(words, first)).every((w) => LEADING_JOINERS.has(lower(w))));
    kept = [...(leading ? mainSubject(words, clause.end) : sentenceSubject(words, first.start, timex)), gerund, ...kept.slice(1)];
  } else if (first && isVerb(first) && COORDINATORS.has(openedBy)) {
    // "the Fed left rates unchanged and said ..." -> "The Fed said ...": the subject of the first verb phrase.
    // The verb phrase's auxiliaries go with the second verb too: "was initialled ... and signed" -> "was signed".
    const at = indexIn(words, first);
    const earlier = words.slice(0, at - 1);
    // "after" in "in after-hours trading" is a preposition: a subordinator opens a clause only with a verb after it.
    const from = Math.max(earlier.findLastIndex((w, i) => (SUBORDINATORS.has(lower(w)) && earlier.slice(i + 1).some(isVerb)) || /[,;]/.test(w.post)) + 1, 0);
    const verb = earlier.findIndex((w, i) => i >= from && isVerb(w));
    let main = verb;
    while (main >= 0 && main + 1 < at - 1 && words[main].tags.has('Auxiliary') && isVerb(words[main + 1])) main++;
    // Not a passive "was" onto a verb that cannot be passive: "was arrested ... and pleaded guilty", "was crowned ... and died".
    const active = NEVER_PASSIVE.has(lower(first)) || Boolean(kept[1]?.tags.has('Adjective') && !kept[1].tags.has('Noun'));
    const auxiliaries = first.tags.has('Auxiliary') || main === verb || active ? [] : words.slice(verb, main).map((w) => ({ ...w, post: ' ' }));
    kept = [...(verb > 0 ? subjectBefore(words, verb) : []), ...auxiliaries, ...kept];
  } else if (first && SAYING.has(lower(first)) && kept.length > 1 && QUOTE_CLOSED.test(sentence.slice(0, first.start)) && !kept.slice(1).some(isVerb)) {
    // An attribution after its quote ("..., said one protester near the market") reads as a headline the other way round.
    kept = [...kept.slice(1), { ...first, text: lower(first) }];
  } else if (first && isVerb(first) && !SUBORDINATORS.has(openedBy) && lower(words[indexIn(words, first) - 1] ?? first) !== 'to') {
    // "Margaret Ellison, the biologist ..., died at her home" -> "Margaret Ellison died at her home".
    kept = [...sentenceSubject(words, first.start, timex), ...kept];
  }
  // A bare infinitive ("to be completed by the end of March") has no one doing anything.
  if (kept[0]?.tags.has('Infinitive') && isVerb(kept[0])) return '';

  // Drop a non-restrictive relative clause that does not hold the date: "The company, which is based in Aberdeen, said",
  // and a phrase set off between a subject and its verb: "Her last article, on the recovery of reefs, appeared",
  // "Boudica, queen of the Iceni, led a revolt".
  const closing = (from: number) => kept.findIndex((w, i) => i > from && /,/.test(w.post));
  const aside = kept.findIndex((w, i) => {
    if (i === 0 || !/,/.test(kept[i - 1].post)) return false;
    // "A weekly cap, under which riders stop paying ..., starts": a relative with its preposition.
    if (RELATIVES.has(lower(w)) || (PHRASE_PREPOSITIONS.has(lower(w)) && ['which', 'whom'].includes(lower(kept[i + 1] ?? w)))) return true;
    const close = closing(i);
    const opensAside = PHRASE_PREPOSITIONS.has(lower(w)) || (isName(kept[i - 1]) && !isName(w) && NOUN_PHRASE_TAGS.some((t) => w.tags.has(t)));
    // "founded, according to tradition, by settlers": whose account it is, wherever it stands.
    if (lower(w) === 'according' && close > i) return true;
    return opensAside && close > i && !kept.slice(i, close + 1).some(isVerb) && Boolean(kept[close + 1] && isVerb(kept[close + 1]));
  });
  if (aside > 0) {
    const close = closing(aside);
    if (close > aside && !kept.slice(aside, close + 1).some((w) => w.start >= timex.start && w.end <= timex.end)) {
      kept = [...kept.slice(0, aside - 1), { ...kept[aside - 1], post: ' ' }, ...kept.slice(close + 1)];
    }
  }
  const pronoun = kept[0] && (SUBJECT_PRONOUNS.has(lower(kept[0])) || POSSESSIVE_PRONOUNS.has(lower(kept[0]))) ? personFor(lower(kept[0])) : undefined;
  if (pronoun) kept = [{ ...kept[0], text: POSSESSIVE_PRONOUNS.has(lower(kept[0])) ? `${pronoun}'s` : pronoun }, ...kept.slice(1)];
  else if (kept[0] && lower(kept[0]) === 'it' && !DUMMY_IT.test(sentence.slice(kept[0].start))) {
    const thing = thingBefore(words, kept[0], timex).map((w) => ({ ...w, post: ' ' }));
    const before = thing.length ? undefined : thingFor('it');
    if (thing.length) kept = [...thing, ...kept.slice(1)];
    else if (before) kept = [{ ...kept[0], text: before }, ...kept.slice(1)];
  } else if (kept[0] && lower(kept[0]) === 'they' && kept[1] && isVerb(kept[1])) {
    const before = thingFor('they');
    if (before) kept = [{ ...kept[0], text: before }, ...kept.slice(1)];
  } else if (kept[0]?.text === 'I') {
    const speaker = speakerAfter(sentence.slice(kept[0].end), personFor);
    if (speaker) kept = [{ ...kept[0], text: speaker }, ...kept.slice(1)];
  }

  // "The death toll rose to 180, an official said Saturday": the date is the telling's, but what was told
  // is what happened.
  const told = attributionOnly(kept) ? toldBefore(sentence, kept[0].start) : undefined;
  if (told !== undefined) {
    const inTold = otherDates.filter((d) => d.end <= told.length);
    return headline(told, { start: 0, end: 0 }, { personFor, thingFor, doc: parse(told), otherDates: inTold });
  }

  const firstVerb = kept.findIndex(isVerb);
  // A relative "that" follows a noun and opens a verb ("a revolt that burned ..."); after a verb it opens what was said,
  // and "and that" a second thing said, which the headline leaves.
  const relativeThat = (i: number) => lower(kept[i]) === 'that' && kept[i - 1].tags.has('Noun') && Boolean(kept[i + 1] && isVerb(kept[i + 1]));
  const cut = kept.findIndex(
    (w, i) =>
      i > Math.max(firstVerb, 1) && (TRAILING_CLAUSE.has(lower(w)) || relativeThat(i) || (COORDINATORS.has(lower(w)) && kept[i + 1] && (isVerb(kept[i + 1]) || lower(kept[i + 1]) === 'that' || (/,/.test(kept[i - 1].post) && opensClause(kept, i))))),
  );
  if (cut > 0) kept = kept.slice(0, cut);

  // Who came along is detail: "leaves The London Clinic with Queen Camilla by his side" -> "leaves The London Clinic".
  const verbAt = kept.findIndex(isVerb);
  const along = kept.findIndex(
    (w, i) => verbAt >= 0 && i > verbAt + 1 && ACCOMPANIMENT.has(lower(w)) && kept.slice(verbAt + 1, i).some(isName),
  );
  if (along > 0) kept = kept.slice(0, along);

  // Compress: drop trailing prepositional phrases ("at the Church ...", "with Queen Camilla ...") until it fits.
  while (wordCount(kept) > MAX_WORDS) {
    // "at least two people" is a number, not a place.
    const pp = kept.findLastIndex((w, i) => i >= 3 && PHRASE_PREPOSITIONS.has(lower(w)) && !['least', 'most'].includes(lower(kept[i + 1] ?? w)));
    if (pp < 0) break;
    kept = kept.slice(0, pp);
  }
  while (wordCount(kept) > MAX_WORDS) kept = kept.slice(0, -1);
  while (kept.length > 1 && DANGLING.has(lower(kept[kept.length - 1]))) kept.pop();

  let title = render(kept);
  if (title.length > MAX_CHARS) title = title.slice(0, title.lastIndexOf(' ', MAX_CHARS)).replace(/,$/, '');
  return title.charAt(0).toUpperCase() + title.slice(1);
}
