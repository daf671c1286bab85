import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { collectTimeline } from '@/lib/exchange/collect-timeline';
import { importTimeline } from '@/lib/exchange/import-timeline';
import { timelineFromJson, timelineToJson } from '@/lib/exchange/json-format';
import { timelineFromTimelineJs, timelineToTimelineJs } from '@/lib/exchange/timelinejs-format';
import type { TimelineExport } from '@/lib/model';
import { openStore } from '@/lib/store/open-store';
import type { Store } from '@/lib/store/store';
import { loadSample } from './sample-timeline';

let dir: string;
let store: Store;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'exchange-'));
  store = await openStore(`sqlite:${path.join(dir, 'store.db')}`);
  await loadSample(store);
});

afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const without = (keys: string[]) => (record: object) => Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));

/** Everything but the stamps the store writes when it stores something. */
function content(data: TimelineExport) {
  return {
    timeline: { slug: data.timeline.slug, title: data.timeline.title, description: data.timeline.description },
    documents: data.documents.map(without(['addedAt', 'timeline'])),
    events: data.events.map(without(['createdAt', 'updatedAt', 'timeline'])),
  };
}

describe('our JSON export', () => {
  test('export -> import -> export loses nothing but the store stamps', async () => {
    const before = (await collectTimeline(store, 'royal-family'))!;
    expect(before.events.length).toBeGreaterThan(5);
    const file = timelineToJson(before);
    const imported = timelineFromJson(JSON.parse(file));
    imported.timeline.slug = 'royal-family-copy';
    await importTimeline(store, imported);
    const after = (await collectTimeline(store, 'royal-family-copy'))!;
    expect(content(after)).toEqual({ ...content(before), timeline: { ...content(before).timeline, slug: 'royal-family-copy' } });
  });

  test('is versioned', async () => {
    const data = JSON.parse(timelineToJson((await collectTimeline(store, 'royal-family'))!));
    expect(data).toMatchObject({ format: 'timeline', version: 1 });
    expect(() => timelineFromJson({ ...data, version: 2 })).toThrow();
  });

  test('an import that fails half-way leaves no timeline behind', async () => {
    const data = (await collectTimeline(store, 'royal-family'))!;
    const imported = timelineFromJson(JSON.parse(timelineToJson(data)));
    imported.timeline.slug = 'half-way';
    // The second document repeats the first one's id, which the store refuses.
    imported.documents[1] = { ...imported.documents[1], id: imported.documents[0].id };
    await expect(importTimeline(store, imported)).rejects.toThrow(/already has a document/);
    expect(await store.getTimeline('half-way')).toBeNull();
  });
});

describe('TimelineJS JSON', () => {
  test('export -> import keeps ids, titles, summaries, dates and groups', async () => {
    const before = (await collectTimeline(store, 'royal-family'))!;
    const tl = JSON.parse(JSON.stringify(timelineToTimelineJs(before.timeline, before.events)));
    const imported = timelineFromTimelineJs(tl, { slug: 'from-tljs' });
    expect(imported.timeline).toEqual({ slug: 'from-tljs', title: before.timeline.title, description: before.timeline.description });
    expect(imported.events.map((e) => e.id)).toEqual(before.events.map((e) => e.id));
    expect(imported.events.map((e) => e.title)).toEqual(before.events.map((e) => e.title));
    expect(imported.events.map((e) => e.summary)).toEqual(before.events.map((e) => e.summary));
    for (const [i, e] of imported.events.entries()) {
      expect({ start: e.date.start, end: e.date.end }).toEqual({ start: before.events[i].date.start, end: before.events[i].date.end });
    }
    expect(imported.events.find((e) => e.id.startsWith('bc-'))!.tags).toEqual(['=HYPERLINK("http://evil")']);
  });

  test('writes HTML-escaped text, day precision for days and end dates only for spans', async () => {
    const data = (await collectTimeline(store, 'royal-family'))!;
    const tl = timelineToTimelineJs(data.timeline, data.events);
    const press = tl.events.find((e) => e.unique_id === '2024-02-12t10-30-press-conference')!;
    expect(press.text?.text).toBe('At &lt;b&gt;10:30&lt;/b&gt; &amp; not before.');
    expect(press.start_date).toEqual({ year: 2024, month: 2, day: 12, hour: 10, minute: 30 });
    expect(press.end_date).toBeUndefined();
    const week = tl.events.find((e) => e.unique_id === '2024-w06-a-week-of-talks')!;
    expect(week.start_date).toEqual({ year: 2024, month: 2, day: 5 });
    expect(week.end_date).toEqual({ year: 2024, month: 2, day: 11 });
  });

  test('refuses slides without a usable date, saying which slide', () => {
    const slide = (year: unknown, month?: unknown) => ({ start_date: { year, month }, text: { headline: 'x' } });
    expect(() => timelineFromTimelineJs({ events: [slide(2020), slide(2020, 13)] }, { slug: 'x' })).toThrow('slide 2: 2020-13 is not a date');
    expect(() => timelineFromTimelineJs({ events: [slide(123456)] }, { slug: 'x' })).toThrow(/outside/);
    expect(() => timelineFromTimelineJs({ events: [slide('twenty')] }, { slug: 'x' })).toThrow();
    expect(() => timelineFromTimelineJs({ events: 'nope' }, { slug: 'x' })).toThrow();
  });

  test('needs a slug when the file has no title', () => {
    expect(() => timelineFromTimelineJs({ events: [] }, {})).toThrow(/give \?slug=/);
    expect(timelineFromTimelineJs({ title: { text: { headline: 'Zoë’s <i>Year</i>' } }, events: [] }, {}).timeline).toMatchObject({ slug: 'zoes-year', title: 'Zoë’s Year' });
  });
});
