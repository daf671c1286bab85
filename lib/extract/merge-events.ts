import type { Event, NewEvent } from '../model';
import { contentWords, overlap } from './content-words';
import { uniqueId } from './event-ids';

/** Content words in common (relative to the shorter title) above which two same-dated events are one happening. */
const SAME_WORDS = 0.5;
/** The lower bar when the two also name a person, place or organisation in common. */
const SAME_WORDS_WITH_ENTITY = 0.25;

type Comparable = Pick<NewEvent, 'title' | 'date' | 'people' | 'places' | 'organizations'>;

const namesOf = (e: Comparable) => new Set([...(e.people ?? []), ...(e.places ?? []), ...(e.organizations ?? [])]);

/** Compares events by date value and content, computing each title's content words once. */
function happeningMatcher() {
  const words = new Map<string, Set<string>>();
  const wordsOf = (title: string) => {
    let w = words.get(title);
    if (!w) words.set(title, (w = contentWords(title)));
    return w;
  };
  return (a: Comparable, b: Comparable): boolean => {
    if (a.date.value !== b.date.value) return false;
    if (a.title === b.title) return true;
    const shared = overlap(wordsOf(a.title), wordsOf(b.title));
    if (shared >= SAME_WORDS) return true;
    const names = namesOf(b);
    return shared >= SAME_WORDS_WITH_ENTITY && [...namesOf(a)].some((n) => names.has(n));
  };
}

const union = (a: string[] = [], b: string[] = []) => [...new Set([...a, ...b])];

/** One event from two mentions of the same happening; the first keeps its id, title and date. */
function combine(a: NewEvent, b: NewEvent): NewEvent {
  const mentions = [...(a.mentions ?? [])];
  for (const m of b.mentions ?? []) {
    if (!mentions.some((k) => k.documentId === m.documentId && k.start === m.start && k.timexStart === m.timexStart)) mentions.push(m);
  }
  return {
    ...a,
    date: { ...a.date, approximate: Boolean(a.date.approximate && b.date.approximate) },
    mentions,
    people: union(a.people, b.people),
    places: union(a.places, b.places),
    organizations: union(a.organizations, b.organizations),
    tags: union(a.tags, b.tags),
    confidence: Math.max(a.confidence, b.confidence),
  };
}

/**
 * Merges events that tell the same happening (same date value, similar words or shared names) into one
 * event with all their mentions, in order of first appearance. Ids are made unique.
 */
export function mergeEvents(events: NewEvent[]): NewEvent[] {
  const same = happeningMatcher();
  const merged: NewEvent[] = [];
  // Only events with the same date value can match, so each is compared within its value's group.
  const byValue = new Map<string, number[]>();
  for (const e of events) {
    const group = byValue.get(e.date.value) ?? [];
    const i = group.find((k) => merged[k].id === e.id || same(merged[k], e));
    if (i !== undefined) {
      merged[i] = combine(merged[i], e);
      continue;
    }
    group.push(merged.length);
    byValue.set(e.date.value, group);
    merged.push(e);
  }
  const taken = new Set<string>();
  return merged.map((e) => {
    const id = uniqueId(e.id, taken);
    taken.add(id);
    return id === e.id ? e : { ...e, id };
  });
}

/**
 * Gives each incoming event the id of the existing event on the timeline that tells the same happening,
 * so the store merges it into that one; other incoming events get ids unique against the timeline.
 * Existing ids never change.
 */
export function mergeIntoTimeline(existing: (Comparable & Pick<Event, 'id'>)[], incoming: NewEvent[]): NewEvent[] {
  const same = happeningMatcher();
  const taken = new Set(existing.map((e) => e.id));
  return incoming.map((e) => {
    const match = existing.find((x) => x.id === e.id && same(x, e)) ?? existing.find((x) => same(x, e));
    const id = match ? match.id : uniqueId(e.id, taken);
    taken.add(id);
    return id === e.id ? e : { ...e, id };
  });
}
