import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractEvents } from '@/lib/extract/extract-events';
import type { NewEvent } from '@/lib/model';

/** A hand-checked event: its TIMEX3 value, words its title must hold, and names it must list. */
interface Expected {
  value: string;
  words: string[];
  people?: string[];
  places?: string[];
  organizations?: string[];
  /** The DCT to extract with, when not the file's (`null`: none, so the extractor infers it). */
  dct?: string | null;
  why?: string;
}

interface Golden {
  article: string;
  dct: string;
  events: Expected[];
  /** Events a reader finds that the extractor does not yet; each is a failing test until it does. */
  knownGaps: Expected[];
  /** Values that must never be events: ages, durations, vague references. */
  notEvents: string[];
}

const GOLDEN_DIR = join(__dirname);
const goldens = readdirSync(GOLDEN_DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(GOLDEN_DIR, f), 'utf8')) as Golden] as const);

const cache = new Map<string, NewEvent[]>();
function eventsOf(golden: Golden, dct: string | null = golden.dct): NewEvent[] {
  const key = `${golden.article}@${dct}`;
  if (!cache.has(key)) {
    const text = readFileSync(golden.article, 'utf8');
    cache.set(key, extractEvents({ id: 'golden', text, dct: dct ?? undefined }).events);
  }
  return cache.get(key)!;
}

/** Whether an extracted event is the expected one: same value, title words present, names listed. */
function matches(e: NewEvent, x: Expected): boolean {
  const title = e.title.toLowerCase();
  return (
    e.date.value === x.value &&
    x.words.every((w) => title.includes(w.toLowerCase())) &&
    (x.people ?? []).every((p) => e.people?.includes(p)) &&
    (x.places ?? []).every((p) => e.places?.includes(p)) &&
    (x.organizations ?? []).every((o) => e.organizations?.includes(o))
  );
}

const describeEvent = (x: Expected) => `${x.value} "${x.words.join(' … ')}"`;
const near = (events: NewEvent[], x: Expected) =>
  events.filter((e) => e.date.value === x.value).map((e) => ({ title: e.title, people: e.people, places: e.places, organizations: e.organizations }));

describe.each(goldens)('golden article %s', (_name, golden) => {
  const dctOf = (x: Expected) => (x.dct === undefined ? golden.dct : x.dct);

  test.each(golden.events.map((x) => [describeEvent(x), x] as const))('finds %s', (_label, x) => {
    const events = eventsOf(golden, dctOf(x));
    // On failure, show what was found on that date to make the difference plain.
    expect({ expected: x, found: events.some((e) => matches(e, x)) ? 'match' : near(events, x) }).toEqual({ expected: x, found: 'match' });
  });

  if (golden.knownGaps.length) {
    test.failing.each(golden.knownGaps.map((x) => [describeEvent(x), x] as const))('not yet: %s', (_label, x) => {
      expect(eventsOf(golden, dctOf(x)).some((e) => matches(e, x))).toBe(true);
    });
  }

  test('no event from an age, a duration or a vague reference', () => {
    const values = eventsOf(golden).map((e) => e.date.value);
    for (const value of golden.notEvents) expect(values).not.toContain(value);
  });

  test('every event has a short title without date words, and a mention inside the article', () => {
    const text = readFileSync(golden.article, 'utf8');
    for (const e of eventsOf(golden)) {
      expect(e.title.length).toBeLessThanOrEqual(100);
      expect(e.title.split(/\s+/).length).toBeLessThanOrEqual(12);
      for (const m of e.mentions ?? []) {
        expect(text.slice(m.start, m.end)).toBe(m.sentence);
        expect(e.title).not.toContain(text.slice(m.timexStart, m.timexEnd));
      }
    }
  });
});
