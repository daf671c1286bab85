import type { Dct, NewEvent } from '../model';
import { anchoringOf } from './anchoring';
import { confidenceOf } from './confidence';
import { countContentWords } from './content-words';
import { type NameMention, personResolver } from './coreference';
import { type Entities, entitiesOf } from './entities';
import { eventId } from './event-ids';
import { mergeEvents } from './merge-events';
import { type Parsed, parse } from './parse';
import { paragraphSpans, sentencesOf, type TextSpan } from './sentences';
import { subjectBefore } from './subject-before';
import { tagTimexes } from './tag-timexes';
import { fiscalYearStart } from './timex/rules/fiscal-year';
import { timexSpan } from './timex-span';
import { headline } from './titles';
import type { Timex } from './types';

/** What extraction needs of a document. */
export interface ExtractInput {
  id: string;
  text: string;
  /** Publication date `YYYY-MM-DD`; inferred from the text when absent. */
  dct?: string;
  /** The headline, when it is not part of the text; the people it names help resolve short names. */
  title?: string;
}

export interface Extraction {
  dct: Dct;
  timexes: Timex[];
  events: NewEvent[];
}

/** Sentences longer than this (text without punctuation) are cut to a window around the date. */
const MAX_SENTENCE = 1500;
const WINDOW = 300;

/** A timex that may date an event, with the sentence that tells it. */
interface Candidate {
  timex: Timex;
  sentence: TextSpan;
  approximate: boolean;
}

/** The sentence around each timex, splitting only the paragraphs that hold one. */
function sentencesAround(text: string, timexes: Timex[]): Map<Timex, TextSpan> {
  const found = new Map<Timex, TextSpan>();
  const paragraphs = paragraphSpans(text);
  let p = 0;
  let sentences: TextSpan[] = [];
  let split = -1;
  for (const t of timexes) {
    while (p < paragraphs.length && paragraphs[p].end <= t.start) p++;
    if (p === paragraphs.length || paragraphs[p].start > t.start) continue;
    if (split !== p) [sentences, split] = [sentencesOf(text, paragraphs[p]), p];
    const s = sentences.find((x) => x.start <= t.start && t.start < x.end);
    if (s) found.set(t, window(text, { start: s.start, end: Math.max(s.end, t.end) }, t));
  }
  return found;
}

/**
 * The sentence, or a window of it around the timex cut at spaces when the sentence is very long. Windows
 * sit on a grid of WINDOW-sized blocks, at least a block either side of the timex, so that the many
 * dates of one run-on sentence share a few windows (each parsed once) rather than having one each:
 * parsing a window per date made extraction quadratic on a text like "January January January ...".
 */
function window(text: string, s: TextSpan, t: Timex): TextSpan {
  if (s.end - s.start <= MAX_SENTENCE) return s;
  const block = Math.floor((t.start - s.start) / WINDOW);
  const from = text.lastIndexOf(' ', s.start + Math.max(0, block - 1) * WINDOW);
  const to = text.indexOf(' ', Math.min(s.end, s.start + (block + 2) * WINDOW));
  return { start: Math.max(s.start, from + 1), end: Math.max(t.end, to < 0 || to > s.end ? s.end : to) };
}

/** Where a name first occurs in the sentence, as a document offset. */
const nameAt = (text: string, sentence: TextSpan, name: string) => {
  const i = text.slice(sentence.start, sentence.end).indexOf(name.split(' ')[0]);
  return sentence.start + Math.max(0, i);
};

/**
 * Whether an expression only says when, so a headline can lose it: dates, times and sets, and durations
 * that say when ("for 45 minutes", "ten days after the outbreak"), not those a verb needs ("took nine years").
 */
function isDateWording(t: Timex, text: string): boolean {
  if (t.type !== 'DURATION') return true;
  return DURATION_AS_WHEN_BEFORE.test(text.slice(Math.max(0, t.start - 12), t.start)) || DURATION_AS_WHEN_AFTER.test(text.slice(t.end, t.end + 10));
}
const DURATION_AS_WHEN_BEFORE = /\b(?:for|over|within|during|throughout|in|after)\s+$/i;
const DURATION_AS_WHEN_AFTER = /^\s+(?:after|before|later|earlier|ago)\b/i;

/** A preposition just before a date that makes it the date of the verb: "will report results in late January". */
const GOVERNED = /\b(?:on|in|at|by|until|since|during|from|before|after|through)\s+(?:the\s+)?$/i;

/**
 * One sentence telling one happening with two dates ("crowned on Christmas Day of that year", "will report
 * fourth-quarter results in late January") gives the same headline twice: it is one event, dated by the
 * finer date when one holds the other, or else by the date a preposition ties to the verb.
 */
function oneDatePerSentenceTitle(events: NewEvent[]): NewEvent[] {
  const governed = (e: NewEvent, text: string) => {
    const m = e.mentions![0];
    return GOVERNED.test(text.slice(Math.max(0, m.timexStart - m.start - 12), m.timexStart - m.start));
  };
  const holds = (a: NewEvent, b: NewEvent) => Date.parse(a.date.start) <= Date.parse(b.date.start) && Date.parse(b.date.end) <= Date.parse(a.date.end);
  const bySentenceTitle = new Map<string, NewEvent[]>();
  for (const e of events) {
    const key = `${e.mentions![0].start}\n${e.title}`;
    const same = bySentenceTitle.get(key);
    if (same) same.push(e);
    else bySentenceTitle.set(key, [e]);
  }
  const dropped = new Set<NewEvent>();
  for (const same of bySentenceTitle.values()) {
    for (const [i, a] of same.entries()) {
      for (const b of same.slice(i + 1)) {
        if (dropped.has(a) || dropped.has(b) || a.date.value === b.date.value) continue;
        if (holds(a, b) !== holds(b, a)) dropped.add(holds(a, b) ? a : b);
        else if (governed(a, a.mentions![0].sentence) !== governed(b, b.mentions![0].sentence)) dropped.add(governed(a, a.mentions![0].sentence) ? b : a);
      }
    }
  }
  return dropped.size ? events.filter((e) => !dropped.has(e)) : events;
}

/**
 * Turns a document into events: tag the timexes, keep those that date something, and for each write a
 * headline, collect who, where and which organisation from its sentence, resolve names across the
 * document, and merge mentions of the same happening into one event.
 */
export function extractEvents(doc: ExtractInput): Extraction {
  const { dct, timexes } = tagTimexes(doc.text, { dct: doc.dct });
  const sentenceOf = sentencesAround(doc.text, timexes);

  const candidates: Candidate[] = [];
  // Each sentence's dates, looked up per date for its headline: a list per sentence, not a scan of all dates.
  const datesIn = new Map<number, Timex[]>();
  for (const timex of timexes) {
    const sentence = sentenceOf.get(timex);
    if (sentence) {
      const dates = datesIn.get(sentence.start);
      if (dates) dates.push(timex);
      else datesIn.set(sentence.start, [timex]);
    }
    const anchoring = anchoringOf(timex, doc.text);
    if (!sentence || anchoring === 'none' || !timexSpan(timex.value)) continue;
    candidates.push({ timex, sentence, approximate: anchoring === 'approximate' });
  }

  // Parse each dated sentence once, and gather its names for document-wide coreference.
  const parsed = new Map<number, { view: Parsed; entities: Entities; datesInSentence: number }>();
  const people: NameMention[] = [];
  if (doc.title) {
    // The headline comes before the text, so its names count as named first.
    const entities = entitiesOf(parse(doc.title));
    for (const name of entities.people) people.push({ name, at: -1, gender: entities.genders.get(name) });
  }
  for (const { sentence } of candidates) {
    const seen = parsed.get(sentence.start);
    if (seen) {
      seen.datesInSentence += 1;
      continue;
    }
    const view = parse(doc.text.slice(sentence.start, sentence.end));
    const entities = entitiesOf(view);
    parsed.set(sentence.start, { view, entities, datesInSentence: 1 });
    for (const name of entities.people) people.push({ name, at: nameAt(doc.text, sentence, name), gender: entities.genders.get(name), passing: entities.passing.has(name) });
  }
  const resolver = personResolver(people, doc.text);
  const subjectFor = subjectBefore(doc.text);

  const events: NewEvent[] = [];
  for (const { timex, sentence, approximate } of candidates) {
    const { view, entities, datesInSentence } = parsed.get(sentence.start)!;
    const text = doc.text.slice(sentence.start, sentence.end);
    const inClause = view.has('#Verb');
    // A vague date only counts when it dates something said in a full clause.
    if (approximate && !inClause) continue;

    const named = entities.people.map((n) => resolver.resolve(n, nameAt(doc.text, sentence, n)));
    const subjects: string[] = [];
    const personFor = (pronoun: string) => {
      // Whom a pronoun stands for is named before it, not before the date: "Her sister Anne came to the throne in 1558".
      const at = new RegExp(`\\b${pronoun}\\b`, 'i').exec(text);
      const person = resolver.personFor(pronoun, at ? sentence.start + at.index : timex.start);
      if (person) subjects.push(person);
      return person;
    };
    const otherDates = datesIn
      .get(sentence.start)!
      .filter((t) => t !== timex && t.start >= sentence.start && t.end <= sentence.end && isDateWording(t, doc.text))
      .map((t) => ({ start: t.start - sentence.start, end: t.end - sentence.start }));
    const thingFor = (pronoun: 'it' | 'they') => subjectFor(sentence.start, pronoun);
    const title = headline(text, { start: timex.start - sentence.start, end: timex.end - sentence.start }, { personFor, thingFor, doc: view, otherDates });
    const persons = [...new Set([...named, ...resolver.namedIn(text), ...resolver.rolesIn(text, sentence.start), ...subjects])];
    // "It was claimed" says that something was said, not what happened.
    const words = countContentWords(title);
    if (words === 0 || (words < 2 && /^(?:it|this|that|there)\b/i.test(title))) continue;

    const span = timexSpan(timex.value, fiscalYearStart(doc.text))!;
    events.push({
      id: eventId(timex.value, title),
      title,
      date: { value: timex.value, ...span, approximate },
      mentions: [{ documentId: doc.id, start: sentence.start, end: sentence.end, timexStart: timex.start, timexEnd: timex.end, sentence: text }],
      people: persons,
      places: entities.places,
      organizations: entities.organizations,
      confidence: confidenceOf({ granularity: span.granularity, text: timex.text, approximate, inClause, datesInSentence }),
    });
  }
  return { dct, timexes, events: mergeEvents(oneDatePerSentenceTitle(events)) };
}
