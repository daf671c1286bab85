import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { z } from 'zod';
import { ApiToken, Document, Event, GRANULARITIES, Timeline, TimelineSummary } from '@/lib/model';
import { RateLimiter } from '@/lib/api/rate-limit';
import { Migrator } from 'kysely';
import { openStore, StoreConflictError, StoreNotFoundError, type Store } from '@/lib/store';
import { connectPostgres } from '@/lib/store/connect-postgres';
import { connectSqlite } from '@/lib/store/connect-sqlite';
import { KyselyStore } from '@/lib/store/kysely-store';
import { storeMigrations } from '@/lib/store/migrations';
import { mention, newDocument, newEvent, sleep, wholeDay } from './fixtures';

/** What a backend's test file provides so the one contract suite can run against it. */
export interface StoreHarness {
  /** A URL naming a new, empty database that nothing has opened yet. */
  freshUrl(): Promise<string>;
  /** Makes the database at `url` refuse to insert any event with this title (to fail a transaction midway). */
  failEventInsertsTitled(url: string, title: string): Promise<void>;
  /** The tables, columns and indexes of the database at `url`, as text to compare. */
  describeSchema(url: string): Promise<string>;
  /** Throws if an index the store keeps itself disagrees with the rows it indexes; run after every test. */
  checkIndexes(url: string): Promise<void>;
}

const ids = (events: { id: string }[]) => events.map((e) => e.id);

/** The store at `url` migrated only as far as `migration`, to write data the way an older release did. */
async function openStoreAt(url: string, migration: string): Promise<Store> {
  const kind = url.startsWith('sqlite:') ? 'sqlite' : 'postgres';
  const { db, schema } = kind === 'sqlite' ? { db: connectSqlite(url.slice('sqlite:'.length)), schema: undefined } : await connectPostgres(url);
  const { error } = await new Migrator({ db, provider: storeMigrations(kind), migrationTableSchema: schema }).migrateTo(migration);
  if (error) {
    await db.destroy();
    throw error;
  }
  return new KyselyStore(kind, db);
}

/** The behaviour every Store backend must have; call inside a test file, once per backend. */
export function storeContract(harness: StoreHarness) {
  let url: string;
  let store: Store;

  beforeEach(async () => {
    url = await harness.freshUrl();
    store = await openStore(url);
  });
  afterEach(async () => {
    await store.close();
    await harness.checkIndexes(url);
  });

  async function listAll(timeline: string, filter: Parameters<Store['listEvents']>[1] = {}) {
    return ids((await store.listEvents(timeline, filter)).events);
  }

  describe('timelines', () => {
    test('every write gives the timeline a later updatedAt, even within one millisecond', async () => {
      await store.createTimeline({ slug: 'royals', title: 'Royals' });
      const stamps = [(await store.getTimeline('royals'))!.updatedAt];
      for (let i = 0; i < 12; i++) {
        if (i % 3 === 0) await store.updateTimeline('royals', { title: `Royals ${i}` });
        else if (i % 3 === 1) await store.addEvents('royals', [newEvent(`e${i}`, '2024-01-29')]);
        else await store.deleteEvent('royals', `e${i - 1}`);
        stamps.push((await store.getTimeline('royals'))!.updatedAt);
      }
      for (let i = 1; i < stamps.length; i++) expect(stamps[i] > stamps[i - 1]).toBe(true);
      expect(stamps.every((s) => new Date(s).toISOString() === s)).toBe(true);
    });

    test('createTimeline stores a timeline that getTimeline returns', async () => {
      const created = await store.createTimeline({ slug: 'royals', title: 'The royals', description: 'Who, when' });
      expect(Timeline.parse(created)).toEqual(created);
      expect(created).toMatchObject({ slug: 'royals', title: 'The royals', description: 'Who, when' });
      expect(created.updatedAt).toBe(created.createdAt);
      expect(await store.getTimeline('royals')).toEqual(created);
    });

    test('createTimeline on a taken slug throws StoreConflictError and keeps the first timeline', async () => {
      const first = await store.createTimeline({ slug: 'royals', title: 'First' });
      await expect(store.createTimeline({ slug: 'royals', title: 'Second' })).rejects.toBeInstanceOf(StoreConflictError);
      expect(await store.getTimeline('royals')).toEqual(first);
    });

    test('createTimeline rejects an invalid slug with a ZodError and writes nothing', async () => {
      await expect(store.createTimeline({ slug: '../etc', title: 'x' })).rejects.toBeInstanceOf(z.ZodError);
      await expect(store.createTimeline({ slug: 'ok', title: '   ' })).rejects.toBeInstanceOf(z.ZodError);
      expect(await store.listTimelines()).toEqual([]);
    });

    test('updateTimeline changes only the given fields and bumps updatedAt', async () => {
      const created = await store.createTimeline({ slug: 'royals', title: 'Royals', description: 'Kept' });
      await sleep(5);
      const updated = await store.updateTimeline('royals', { title: 'Royal family' });
      expect(updated).toEqual({ ...created, title: 'Royal family', updatedAt: expect.any(String) });
      expect(Date.parse(updated!.updatedAt)).toBeGreaterThan(Date.parse(created.updatedAt));
      expect(await store.getTimeline('royals')).toEqual(updated);
      await expect(store.updateTimeline('royals', { title: '' })).rejects.toBeInstanceOf(z.ZodError);
    });

    test('listTimelines gives event counts and spans, most recently updated first', async () => {
      await store.createTimeline({ slug: 'empty', title: 'Empty' });
      await sleep(5);
      await store.createTimeline({ slug: 'full', title: 'Full' });
      await store.addDocument('full', newDocument('d1'), [newEvent('a', '2024-01-29'), newEvent('b', '-000044-03-15')]);
      await sleep(5);
      await store.createTimeline({ slug: 'newest', title: 'Newest' });

      const list = await store.listTimelines();
      expect(list.map((t) => t.slug)).toEqual(['newest', 'full', 'empty']);
      for (const summary of list) expect(TimelineSummary.parse(summary)).toEqual(summary);
      expect(list[1]).toMatchObject({ eventCount: 2, start: '-000044-03-15T00:00:00.000Z', end: '2024-01-29T23:59:59.999Z' });
      expect(list[2]).toMatchObject({ eventCount: 0, start: null, end: null });

      await sleep(5);
      await store.updateTimeline('empty', { description: 'touched' });
      expect((await store.listTimelines()).map((t) => t.slug)).toEqual(['empty', 'newest', 'full']);
    });

    test('deleteTimeline removes the timeline with its documents and events', async () => {
      await store.createTimeline({ slug: 'royals', title: 'Royals' });
      await store.addDocument('royals', newDocument('d1'), [newEvent('a', '2024-01-29', { people: ['King Charles'] })]);
      expect(await store.deleteTimeline('royals')).toBe(true);
      expect(await store.getTimeline('royals')).toBeNull();
      expect(await store.getDocument('royals', 'd1')).toBeNull();
      expect(await store.getEvent('royals', 'a')).toBeNull();
      expect(await store.deleteTimeline('royals')).toBe(false);

      // A new timeline under the old slug starts empty: nothing was left behind.
      await store.createTimeline({ slug: 'royals', title: 'Again' });
      expect(await store.listDocuments('royals')).toEqual([]);
      expect(await listAll('royals', { person: 'king charles' })).toEqual([]);
      await store.addDocument('royals', newDocument('d1'), [newEvent('a', '2024-01-29')]);
      expect((await store.getEvent('royals', 'a'))!.people).toEqual([]);
    });

    test('unknown slugs and ids give null, false or nothing, never an error', async () => {
      await store.createTimeline({ slug: 'royals', title: 'Royals' });
      expect(await store.getTimeline('nope')).toBeNull();
      expect(await store.getTimeline("'; drop table timelines; --")).toBeNull();
      expect(await store.updateTimeline('nope', { title: 'x' })).toBeNull();
      expect(await store.deleteTimeline('nope')).toBe(false);
      expect(await store.getDocument('nope', 'd1')).toBeNull();
      expect(await store.getDocument('royals', 'd1')).toBeNull();
      expect(await store.listDocuments('nope')).toEqual([]);
      expect(await store.getEvent('nope', 'a')).toBeNull();
      expect(await store.getEvent('royals', 'a')).toBeNull();
      expect(await store.listEvents('nope')).toEqual({ events: [], next: null });
      expect(await store.updateEvent('nope', 'a', { title: 'x' })).toBeNull();
      expect(await store.updateEvent('royals', 'a', { title: 'x' })).toBeNull();
      expect(await store.deleteEvent('nope', 'a')).toBe(false);
      expect(await store.deleteEvent('royals', 'a')).toBe(false);
      expect(await store.getTimeline('royals')).toMatchObject({ slug: 'royals' });
    });

    test('addDocuments adds several documents in one transaction: all of them or none', async () => {
      await store.createTimeline({ slug: 'royals', title: 'Royals' });
      await store.addDocument('royals', newDocument('d0'), [newEvent('a', '2024-01-29')]);
      // d0 is already there, so the whole batch fails and d1's events stay out too.
      await expect(
        store.addDocuments('royals', [
          { document: newDocument('d1'), events: [newEvent('b', '2024-02-11')] },
          { document: newDocument('d0'), events: [] },
        ]),
      ).rejects.toBeInstanceOf(StoreConflictError);
      expect(await store.getDocument('royals', 'd1')).toBeNull();
      expect(await store.getEvent('royals', 'b')).toBeNull();

      const added = await store.addDocuments('royals', [
        { document: newDocument('d1'), events: [newEvent('b', '2024-02-11')] },
        { document: newDocument('d2'), events: [newEvent('a', '2024-01-29', { people: ['King Charles'] })] },
      ]);
      expect(added.map((a) => a.document.id)).toEqual(['d1', 'd2']);
      expect((await store.listDocuments('royals')).map((d) => d.id).sort()).toEqual(['d0', 'd1', 'd2']);
      // The later document's mention joins the event the earlier one stored.
      expect((await store.getEvent('royals', 'a'))!.people).toEqual(['King Charles']);
    });

    test('addDocument to an unknown timeline throws StoreNotFoundError', async () => {
      await expect(store.addDocument('nope', newDocument('d1'), [newEvent('a', '2024-01-29')])).rejects.toBeInstanceOf(
        StoreNotFoundError,
      );
      expect(await store.listTimelines()).toEqual([]);
    });
  });

  describe('documents', () => {
    test('addDocument stores the document and its events, stamped and placed on the timeline', async () => {
      const timeline = await store.createTimeline({ slug: 'royals', title: 'Royals' });
      await sleep(5);
      const d1 = newDocument('d1', { dct: { value: null, source: 'none' } });
      const { document, events } = await store.addDocument('royals', d1, [
        newEvent('a', '2024-01-29', { mentions: [mention('d1', '29 January: out.')], people: ['King Charles'] }),
        newEvent('b', '2024-02-05', { summary: 'Diagnosis.' }),
      ]);
      expect(Document.parse(document)).toEqual(document);
      expect(document).toMatchObject({ id: 'd1', timeline: 'royals', text: d1.text, dct: { value: null, source: 'none', reason: '' } });
      expect(await store.getDocument('royals', 'd1')).toEqual(document);

      expect(ids(events)).toEqual(['a', 'b']);
      for (const event of events) {
        expect(Event.parse(event)).toEqual(event);
        expect(event).toMatchObject({ timeline: 'royals', createdAt: document.addedAt, updatedAt: document.addedAt });
        expect(await store.getEvent('royals', event.id)).toEqual(event);
      }

      const listed = await store.listDocuments('royals');
      expect(listed).toHaveLength(1);
      expect(listed[0]).not.toHaveProperty('text');
      expect({ ...listed[0], text: document.text }).toEqual(document);
      const after = await store.getTimeline('royals');
      expect(Date.parse(after!.updatedAt)).toBeGreaterThan(Date.parse(timeline.updatedAt));
    });

    test('a document id already on the timeline throws StoreConflictError and writes nothing of the second', async () => {
      await store.createTimeline({ slug: 'royals', title: 'Royals' });
      await store.addDocument('royals', newDocument('d1'), [newEvent('a', '2024-01-29', { mentions: [mention('d1', 'First.')] })]);
      const eventBefore = await store.getEvent('royals', 'a');
      const timelineBefore = await store.getTimeline('royals');
      await sleep(5);

      const again = store.addDocument('royals', newDocument('d1', { text: 'Other text' }), [
        newEvent('a', '2024-01-29', { confidence: 0.9, people: ['Someone'], mentions: [mention('d1', 'Second.', 50)] }),
        newEvent('c', '2024-03-01'),
      ]);
      await expect(again).rejects.toBeInstanceOf(StoreConflictError);
      expect((await store.getDocument('royals', 'd1'))!.text).toBe(newDocument('d1').text);
      expect(await store.getEvent('royals', 'a')).toEqual(eventBefore);
      expect(await store.getEvent('royals', 'c')).toBeNull();
      expect(await store.getTimeline('royals')).toEqual(timelineBefore);

      // Document ids are per timeline.
      await store.createTimeline({ slug: 'other', title: 'Other' });
      await expect(store.addDocument('other', newDocument('d1'), [])).resolves.toMatchObject({ events: [] });
    });

    test('an invalid third event rejects the whole document with a ZodError: no document, no events', async () => {
      await store.createTimeline({ slug: 'royals', title: 'Royals' });
      const attempt = store.addDocument('royals', newDocument('d1'), [
        newEvent('a', '2024-01-29'),
        newEvent('b', '2024-01-30'),
        newEvent('c', '2024-01-31', { confidence: 2 }),
      ]);
      const error = await attempt.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(z.ZodError);
      expect((error as z.ZodError).issues[0].path).toEqual([2, 'confidence']);
      expect(await store.getDocument('royals', 'd1')).toBeNull();
      expect(await store.listDocuments('royals')).toEqual([]);
      expect(await listAll('royals')).toEqual([]);
    });

    test('a database failure after rows were written rolls every one of them back', async () => {
      await store.createTimeline({ slug: 'royals', title: 'Royals' });
      await store.addDocument('royals', newDocument('d0'), [newEvent('keep', '2024-01-01')]);
      const keep = await store.getEvent('royals', 'keep');
      const timelineBefore = await store.getTimeline('royals');
      await harness.failEventInsertsTitled(url, 'boom');

      // Enough events that some insert statements succeed before the one holding "boom" fails.
      const events = Array.from({ length: 1500 }, (_, i) => newEvent(`e${i}`, '2024-02-01', { people: [`P${i}`] }));
      events.push(newEvent('keep', '2024-01-01', { confidence: 1, people: ['Merged'] }));
      events.push(newEvent('last', '2024-02-02', { title: 'boom' }));
      // Read the message rather than use toThrow: better-sqlite3's errors may come from another jest realm.
      const failure = await store.addDocument('royals', newDocument('d1'), events).then(
        () => ({ message: 'addDocument succeeded' }),
        (error: { message?: string }) => error,
      );
      expect(failure.message).toMatch(/refusing to insert boom/);

      expect(await store.getDocument('royals', 'd1')).toBeNull();
      expect(await listAll('royals')).toEqual(['keep']);
      expect(await listAll('royals', { person: 'p0' })).toEqual([]);
      expect(await listAll('royals', { q: 'event e1' })).toEqual([]);
      expect(await listAll('royals', { q: 'merged' })).toEqual([]);
      expect(await listAll('royals', { q: 'event keep' })).toEqual(['keep']);
      expect(await store.getEvent('royals', 'keep')).toEqual(keep);
      expect(await store.getTimeline('royals')).toEqual(timelineBefore);
    });

    test('NUL characters are refused with a ZodError in every backend', async () => {
      await store.createTimeline({ slug: 'royals', title: 'Royals' });
      const error = await store
        .addDocument('royals', newDocument('d1'), [newEvent('a', '2024-01-29', { summary: 'a\0b' })])
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(z.ZodError);
      expect((error as z.ZodError).issues[0].path).toEqual([0, 'summary']);
      await expect(store.addDocument('royals', newDocument('d1', { text: '\0' }), [])).rejects.toBeInstanceOf(z.ZodError);
      expect(await store.listDocuments('royals')).toEqual([]);
    });
  });

  describe('text', () => {
    const nasty = [
      `O'Brien said "hi"; DROP TABLE events;--`,
      'back\\slash \\\\ \\% \\_ \\n',
      '100% of_the %_% wildcards [a-z]* $1 ?',
      'Ünïcødé — 東京 🚀 ÉCOLE İstanbul',
      "tab\tnew\nline\r\nend ''",
    ];

    test('SQL-special characters in every text field round-trip unchanged', async () => {
      await store.createTimeline({ slug: 'nasty', title: nasty[0], description: nasty.join('|') });
      expect(await store.getTimeline('nasty')).toMatchObject({ title: nasty[0], description: nasty.join('|') });

      for (const [i, text] of nasty.entries()) {
        const documentId = `d${i}`;
        const { document, events } = await store.addDocument(
          'nasty',
          newDocument(documentId, { title: text, source: text, text, dct: { value: '2024-01-01', source: 'given', reason: text } }),
          [
            newEvent(`e${i}`, '2024-01-01', {
              title: text,
              summary: text,
              people: [text],
              places: [text],
              organizations: [text],
              tags: [text],
              mentions: [mention(documentId, text)],
            }),
          ],
        );
        const stored = await store.getDocument('nasty', documentId);
        expect(stored).toEqual(document);
        expect(stored).toMatchObject({ title: text, source: text, text, dct: { reason: text } });
        const event = await store.getEvent('nasty', `e${i}`);
        expect(event).toEqual(events[0]);
        expect(event).toMatchObject({ title: text, summary: text, people: [text], places: [text], organizations: [text], tags: [text] });
        expect(event!.mentions[0].sentence).toBe(text);
        expect(await listAll('nasty', { person: text, place: text, organization: text, tag: text })).toEqual([`e${i}`]);
      }
    });

    test('q takes wildcards, quotes and backslashes literally', async () => {
      await store.createTimeline({ slug: 'q', title: 'Q' });
      await store.addDocument('q', newDocument('d1'), [
        newEvent('percent', '2024-01-01', { title: '100% sure' }),
        newEvent('underscore', '2024-01-02', { title: 'snake_case' }),
        newEvent('plain', '2024-01-03', { title: '1000 sure snakeXcase' }),
        newEvent('quote', '2024-01-04', { title: "O'Brien" }),
        newEvent('backslash', '2024-01-05', { title: 'C:\\path' }),
      ]);
      expect(await listAll('q', { q: '%' })).toEqual(['percent']);
      expect(await listAll('q', { q: '0%' })).toEqual(['percent']);
      expect(await listAll('q', { q: '_' })).toEqual(['underscore']);
      expect(await listAll('q', { q: 'e_c' })).toEqual(['underscore']);
      expect(await listAll('q', { q: "'" })).toEqual(['quote']);
      expect(await listAll('q', { q: '\\' })).toEqual(['backslash']);
      expect(await listAll('q', { q: '\\p' })).toEqual(['backslash']);
      expect(await listAll('q', { q: "'; delete from events; --" })).toEqual([]);
      expect(await listAll('q')).toHaveLength(5);
    });

    test('q is case-insensitive beyond ASCII and searches title, summary, sentences and names', async () => {
      await store.createTimeline({ slug: 'q', title: 'Q' });
      await store.addDocument('q', newDocument('d1'), [
        newEvent('hit', '2024-01-01', {
          title: 'École opens',
          summary: 'A zebra appears',
          mentions: [mention('d1', 'The quokka smiled.')],
          people: ['Xavier Ångström'],
          places: ['Yonkers'],
          organizations: ['Walrus Inc'],
          tags: ['vexillology'],
        }),
        newEvent('miss', '2024-01-02', { title: 'Nothing here' }),
      ]);
      for (const q of ['ÉCOLE', 'école', 'ZEBRA', 'Quokka', 'ångström', 'XAVIER Å', 'yonkers', 'walrus inc', 'VEXILL']) {
        expect({ q, ids: await listAll('q', { q }) }).toEqual({ q, ids: ['hit'] });
      }
    });
  });

  describe('q and the text index', () => {
    // Text of three characters or more is looked up in an index that the store keeps beside the events;
    // shorter text is not. Each write path must keep that index in step, and both lengths must agree.
    const q = (timeline: string, text: string) => listAll(timeline, { q: text });

    test('q finds an event as it is added, edited, re-extracted, renamed and merged, and not once deleted', async () => {
      await store.createTimeline({ slug: 'birds', title: 'Birds' });
      await store.addDocument('birds', newDocument('d1'), [
        newEvent('a', '2024-01-01', { title: 'Arctic tern lands', mentions: [mention('d1', 'The tern came back.')] }),
        newEvent('b', '2024-01-02', { title: 'Puffin colony grows' }),
      ]);
      expect(await q('birds', 'arctic tern')).toEqual(['a']);
      expect(await q('birds', 'came back')).toEqual(['a']);
      expect(await q('birds', 'puffin')).toEqual(['b']);

      await store.updateEvent('birds', 'a', { title: 'Osprey dives' });
      expect(await q('birds', 'arctic')).toEqual([]);
      expect(await q('birds', 'osprey dives')).toEqual(['a']);
      expect(await q('birds', 'came back')).toEqual(['a']);

      // Re-extraction merges what the extractor finds again into the stored event.
      await store.addEvents('birds', [
        newEvent('b', '2024-01-02', { title: 'Gannet colony grows', confidence: 0.9, mentions: [mention('d1', 'A gannet plunged.', 40)] }),
      ]);
      expect(await q('birds', 'puffin')).toEqual([]);
      expect(await q('birds', 'gannet colony')).toEqual(['b']);
      expect(await q('birds', 'gannet plunged')).toEqual(['b']);

      await store.renameEvent('birds', 'b', 'c');
      expect(await q('birds', 'gannet plunged')).toEqual(['c']);

      await store.mergeEvents('birds', 'a', ['c']);
      expect(await q('birds', 'gannet plunged')).toEqual(['a']);
      expect(await q('birds', 'osprey')).toEqual(['a']);
      expect(await q('birds', 'colony')).toEqual([]);

      await store.deleteEvent('birds', 'a');
      expect(await q('birds', 'osprey')).toEqual([]);
      expect(await q('birds', 'os')).toEqual([]);
      expect(await listAll('birds')).toEqual([]);
    });

    test('q finds only the timeline asked for, and nothing of a deleted timeline under its old slug', async () => {
      for (const slug of ['north', 'south']) {
        await store.createTimeline({ slug, title: slug });
        await store.addEvents(slug, [newEvent(`${slug}-1`, '2024-01-01', { title: 'Storm petrel seen' })]);
      }
      expect(await q('north', 'storm petrel')).toEqual(['north-1']);
      expect(await q('south', 'storm petrel')).toEqual(['south-1']);

      await store.deleteTimeline('north');
      await store.createTimeline({ slug: 'north', title: 'Again' });
      await store.addEvents('north', [newEvent('north-2', '2024-01-02', { title: 'Nothing yet' })]);
      expect(await q('north', 'storm petrel')).toEqual([]);
      expect(await q('north', 'st')).toEqual([]);
      expect(await q('south', 'storm petrel')).toEqual(['south-1']);
    });

    test('q of one or two characters finds what longer text finds, also beyond ASCII and in any case', async () => {
      await store.createTimeline({ slug: 'q', title: 'Q' });
      await store.addEvents('q', [
        newEvent('zurich', '2024-01-01', { title: 'Zürich votes' }),
        newEvent('tokyo', '2024-01-02', { title: '東京🚀 launch' }),
        newEvent('greek', '2024-01-03', { title: 'Σωκράτης speaks' }),
        newEvent('plain', '2024-01-04', { title: 'Zurich plain' }),
      ]);
      for (const [text, found] of [
        ['ü', ['zurich']],
        ['Ü', ['zurich']],
        ['zü', ['zurich']],
        ['ZÜR', ['zurich']],
        ['zürich votes', ['zurich']],
        ['zu', ['plain']],
        ['東', ['tokyo']],
        ['東京', ['tokyo']],
        // Three code points, four UTF-16 units.
        ['東京🚀', ['tokyo']],
        ['🚀', ['tokyo']],
        ['🚀 l', ['tokyo']],
        ['σω', ['greek']],
        ['ΣΩΚΡΆΤΗΣ', ['greek']],
        ['z', ['zurich', 'plain']],
        ['ch', ['zurich', 'tokyo', 'plain']],
        ['ich', ['zurich', 'plain']],
        ['q', []],
        ['ürx', []],
      ] as const) {
        expect({ text, ids: await q('q', text) }).toEqual({ text, ids: found });
      }
    });

    test('q takes LIKE wildcards and full-text query syntax literally at every length', async () => {
      await store.createTimeline({ slug: 'q', title: 'Q' });
      await store.addEvents('q', [
        newEvent('percent', '2024-01-01', { title: '100% sure' }),
        newEvent('underscore', '2024-01-02', { title: 'snake_case' }),
        newEvent('plain', '2024-01-03', { title: '1000 sure snakeXcase' }),
        newEvent('syntax', '2024-01-04', { title: 'say "hi" AND NOT bye, a*b NEAR(c) ^d' }),
      ]);
      for (const [text, found] of [
        ['%', ['percent']],
        ['0%', ['percent']],
        ['0% s', ['percent']],
        ['%%%', []],
        ['_', ['underscore']],
        ['e_c', ['underscore']],
        ['snake_c', ['underscore']],
        ['___', []],
        ['snakexc', ['plain']],
        ['"', ['syntax']],
        ['"hi"', ['syntax']],
        ['say "hi', ['syntax']],
        ['"" ', []],
        ['and not', ['syntax']],
        ['NOT', ['syntax']],
        ['a*b', ['syntax']],
        ['a*', ['syntax']],
        ['***', []],
        ['near(c)', ['syntax']],
        ['^d', ['syntax']],
        ['hi or bye', []],
      ] as const) {
        expect({ text, ids: await q('q', text) }).toEqual({ text, ids: found });
      }
    });

    test('q keeps the time order and pages through its matches, with other filters too', async () => {
      await store.createTimeline({ slug: 'herons', title: 'Herons' });
      await store.addEvents('herons', [
        newEvent('h3', '2024-03-01', { title: 'Grey heron nests' }),
        newEvent('x1', '2024-01-01', { title: 'Egret' }),
        newEvent('h1', '2024-01-15', { title: 'Grey heron arrives' }),
        newEvent('h2b', '2024-02-01', { title: 'A grey heron fishes' }),
        newEvent('h2a', '2024-02-01', { title: 'Grey heron waits', people: ['Ann'] }),
        newEvent('x2', '2024-02-15', { title: 'Grey wagtail' }),
        newEvent('h4', '2024-04-01', { title: 'GREY HERON LEAVES' }),
      ]);
      const all = ['h1', 'h2a', 'h2b', 'h3', 'h4'];
      expect(await q('herons', 'grey heron')).toEqual(all);
      const paged: string[] = [];
      let after: string | undefined;
      do {
        const page = await store.listEvents('herons', { q: 'grey heron', limit: 2, after });
        paged.push(...ids(page.events));
        after = page.next ?? undefined;
      } while (after);
      expect(paged).toEqual(all);
      expect(await listAll('herons', { q: 'grey heron', from: '2024-02-01T00:00:00.000Z', to: '2024-03-01T00:00:00.000Z' })).toEqual(['h2a', 'h2b', 'h3']);
      expect(await listAll('herons', { q: 'grey heron', person: 'ann' })).toEqual(['h2a']);
      expect(await listAll('herons', { q: 'gr', limit: 3 })).toEqual(['x1', 'h1', 'h2a']);
    });
  });

  describe('listEvents', () => {
    async function seed() {
      await store.createTimeline({ slug: 'span', title: 'Spans' });
      await store.addDocument('span', newDocument('d1'), [
        newEvent('mar', '2024-03-05', { confidence: 0.9 }),
        newEvent('bc', '-000044-03-15', { confidence: 0.2 }),
        newEvent('y2023', { start: '2023-01-01T00:00:00.000Z', end: '2023-12-31T23:59:59.999Z' }, { confidence: 0.7 }),
        newEvent('jan', '2024-01-29', { confidence: 0.5 }),
        newEvent('feb', '2024-02-10', { confidence: 0.6 }),
        newEvent('long', { start: '2020-01-01T00:00:00.000Z', end: '2030-12-31T23:59:59.999Z' }, { confidence: 0.4 }),
      ]);
    }

    test('events come in order of start, then id', async () => {
      await seed();
      await store.addDocument('span', newDocument('d2'), [newEvent('tie-b', '2024-01-29'), newEvent('tie-a', '2024-01-29')]);
      expect(await listAll('span')).toEqual(['bc', 'long', 'y2023', 'jan', 'tie-a', 'tie-b', 'feb', 'mar']);
    });

    test('from and to return the events whose span overlaps the window, ends included', async () => {
      await seed();
      const window = (from?: string, to?: string) => listAll('span', { from, to });
      expect(await window('2024-02-01T00:00:00.000Z', '2024-02-28T23:59:59.999Z')).toEqual(['long', 'feb']);
      expect(await window('2023-06-01T00:00:00.000Z', '2023-06-01T00:00:00.000Z')).toEqual(['long', 'y2023']);
      expect(await window('2024-01-29T23:59:59.999Z', '2024-02-10T00:00:00.000Z')).toEqual(['long', 'jan', 'feb']);
      expect(await window('2024-01-30T00:00:00.000Z', '2024-02-09T23:59:59.999Z')).toEqual(['long']);
      expect(await window('2024-03-01T00:00:00.000Z')).toEqual(['long', 'mar']);
      expect(await window(undefined, '2019-12-31T23:59:59.999Z')).toEqual(['bc']);
      expect(await window('-000045-01-01T00:00:00.000Z', '-000044-12-31T23:59:59.999Z')).toEqual(['bc']);
      expect(await window('2031-01-01T00:00:00.000Z')).toEqual([]);
    });

    test('a window finds overlapping events of every granularity, however long their span', async () => {
      await store.createTimeline({ slug: 'kinds', title: 'Kinds' });
      const window = { from: '2024-06-10T00:00:00.000Z', to: '2024-06-11T00:00:00.000Z' };
      const events = GRANULARITIES.flatMap((granularity, i) => {
        // Spans from 2 hours to 200 years, so no granularity's look-back can be assumed.
        const span = 2 * 3600_000 * 10 ** (i / 1.5);
        const inside = Date.parse(window.from) + 3600_000;
        const overlapping = { start: inside - span / 2, end: inside + span / 2 };
        const before = { start: Date.parse(window.from) - span - 1, end: Date.parse(window.from) - 1 };
        return [
          [`in-${granularity}`, overlapping],
          [`out-${granularity}`, before],
        ].map(([id, at]) => {
          const { start, end } = at as { start: number; end: number };
          return newEvent(id as string, '2024-06-10', {
            date: { value: 'XXXX', start: new Date(start).toISOString(), end: new Date(Math.floor(end)).toISOString(), granularity },
          });
        });
      });
      await store.addDocument('kinds', newDocument('d1'), events);
      const found = await listAll('kinds', window);
      expect([...found].sort()).toEqual(GRANULARITIES.map((g) => `in-${g}`).sort());
      expect(found).toEqual([...found].sort((a, b) => {
        const [ea, eb] = [events.find((e) => e.id === a)!, events.find((e) => e.id === b)!];
        return Date.parse(ea.date.start) - Date.parse(eb.date.start) || (a < b ? -1 : 1);
      }));
    });

    test('person, place, organization and tag filter case-insensitively and combine with AND', async () => {
      await store.createTimeline({ slug: 'names', title: 'Names' });
      await store.addDocument('names', newDocument('d1'), [
        newEvent('a', '2024-01-01', { people: ['King Charles'], places: ['London'], organizations: ['NHS'], tags: ['health'] }),
        newEvent('b', '2024-01-02', { people: ['King Charles', 'Queen Camilla'], places: ['Sandringham'], tags: ['travel'] }),
        newEvent('c', '2024-01-03', { people: ['Rishi Sunak'], places: ['London'], organizations: ['Parliament'] }),
      ]);
      expect(await listAll('names', { person: 'king charles' })).toEqual(['a', 'b']);
      expect(await listAll('names', { person: 'KING CHARLES', place: 'london' })).toEqual(['a']);
      expect(await listAll('names', { place: 'London' })).toEqual(['a', 'c']);
      expect(await listAll('names', { organization: 'nhs' })).toEqual(['a']);
      expect(await listAll('names', { tag: 'Travel' })).toEqual(['b']);
      expect(await listAll('names', { person: 'King' })).toEqual([]);
      expect(await listAll('names', { person: 'London' })).toEqual([]);
      expect(await listAll('names', { person: 'Queen Camilla', tag: 'health' })).toEqual([]);
    });

    test('minConfidence keeps the events at or above it', async () => {
      await seed();
      expect(await listAll('span', { minConfidence: 0.6 })).toEqual(['y2023', 'feb', 'mar']);
      expect(await listAll('span', { minConfidence: 0.9 })).toEqual(['mar']);
      expect(await listAll('span', { minConfidence: 1 })).toEqual([]);
    });

    test('limit and after page through the events without gaps or repeats', async () => {
      await seed();
      await store.addDocument('span', newDocument('d2'), [newEvent('tie-b', '2024-01-29'), newEvent('tie-a', '2024-01-29')]);
      const everything = await listAll('span');

      for (const [limit, filter] of [
        [3, {}],
        [1, {}],
        [2, { from: '2023-01-01T00:00:00.000Z' }],
        [8, {}],
        [2, { minConfidence: 0.5 }],
      ] as const) {
        const expected = await listAll('span', filter);
        const seen: string[] = [];
        let after: string | undefined;
        for (let pages = 0; pages < 20; pages++) {
          const page = await store.listEvents('span', { ...filter, limit, after });
          expect(page.events.length).toBeLessThanOrEqual(limit);
          seen.push(...ids(page.events));
          if (!page.next) break;
          expect(page.events).toHaveLength(limit);
          after = page.next;
        }
        expect({ limit, filter, seen }).toEqual({ limit, filter, seen: expected });
      }
      expect(everything).toHaveLength(8);
      // A page that ends exactly at the last event says there is no next page.
      expect((await store.listEvents('span', { limit: 8 })).next).toBeNull();
    });

    test('a malformed cursor or filter is a ZodError', async () => {
      await seed();
      const bad = [
        { after: 'not a cursor' },
        { after: Buffer.from('["x"]').toString('base64url') },
        { after: Buffer.from('[1, "../x"]').toString('base64url') },
        { from: 'yesterday' },
        { limit: 0 },
        { minConfidence: 1.5 },
      ];
      for (const filter of bad) await expect(store.listEvents('span', filter)).rejects.toBeInstanceOf(z.ZodError);
    });
  });

  describe('merging', () => {
    test('an event id already on the timeline gains mentions and names and keeps the highest confidence', async () => {
      await store.createTimeline({ slug: 'royals', title: 'Royals' });
      const first = await store.addDocument('royals', newDocument('d1'), [
        newEvent('e', '2024-01-29', {
          title: 'Old title',
          confidence: 0.6,
          people: ['King Charles'],
          tags: ['royals'],
          mentions: [mention('d1', 'First telling.')],
        }),
      ]);
      await sleep(5);
      const second = newEvent('e', '2024-01-30', {
        title: 'Less sure title',
        confidence: 0.4,
        people: ['king charles', 'Queen Camilla'],
        places: ['London'],
        tags: ['health'],
        mentions: [mention('d2', 'Second telling.')],
      });
      // The same event twice in one document, with the same mention: it must not be doubled.
      const { events } = await store.addDocument('royals', newDocument('d2'), [second, second]);
      const merged = await store.getEvent('royals', 'e');
      expect(events).toEqual([merged]);
      expect(Event.parse(merged)).toEqual(merged);
      expect(merged).toMatchObject({
        title: 'Old title',
        date: first.events[0].date,
        confidence: 0.6,
        people: ['King Charles', 'Queen Camilla'],
        places: ['London'],
        tags: ['royals', 'health'],
        mentions: [mention('d1', 'First telling.'), mention('d2', 'Second telling.')],
        createdAt: first.events[0].createdAt,
      });
      expect(Date.parse(merged!.updatedAt)).toBeGreaterThan(Date.parse(first.events[0].updatedAt));
      expect(await listAll('royals', { person: 'queen camilla', place: 'london', tag: 'health' })).toEqual(['e']);
      expect(await listAll('royals', { q: 'second telling' })).toEqual(['e']);

      await store.addDocument('royals', newDocument('d3'), [
        newEvent('e', '2024-01-31', { title: 'Confident title', confidence: 0.9, mentions: [mention('d3', 'Third.')] }),
      ]);
      expect(await store.getEvent('royals', 'e')).toMatchObject({
        title: 'Confident title',
        date: { value: '2024-01-31' },
        confidence: 0.9,
        people: ['King Charles', 'Queen Camilla'],
      });
      expect(await listAll('royals', { from: '2024-01-31T00:00:00.000Z', to: '2024-01-31T00:00:00.000Z' })).toEqual(['e']);
      expect((await store.listTimelines())[0].eventCount).toBe(1);
    });

    test('an event edited by hand keeps its title, summary, date and tags when merged', async () => {
      await store.createTimeline({ slug: 'royals', title: 'Royals' });
      await store.addDocument('royals', newDocument('d1'), [newEvent('e', '2024-01-29', { tags: ['machine-1'] })]);
      const edited = await store.updateEvent('royals', 'e', {
        title: 'Edited title',
        summary: 'Written by an editor',
        date: { value: '2024-01-28', ...wholeDay('2024-01-28'), granularity: 'day' },
        tags: ['edited'],
        editedByHand: true,
      });

      await store.addDocument('royals', newDocument('d2'), [
        newEvent('e', '2024-02-02', {
          title: 'Machine title',
          summary: 'Machine summary',
          confidence: 1,
          tags: ['machine-2'],
          people: ['New Person'],
          mentions: [mention('d2', 'Told again.')],
        }),
      ]);
      const merged = await store.getEvent('royals', 'e');
      expect(merged).toMatchObject({
        title: 'Edited title',
        summary: 'Written by an editor',
        date: edited!.date,
        tags: ['edited'],
        editedByHand: true,
        people: ['New Person'],
        confidence: 1,
        mentions: [mention('d2', 'Told again.')],
      });
      expect(await listAll('royals', { tag: 'machine-2' })).toEqual([]);
      expect(await listAll('royals', { tag: 'edited', person: 'new person' })).toEqual(['e']);
    });
  });

  describe('addEvents and mergeEvents', () => {
    test('addEvents adds events without a document and merges same-id ones, keeping hand edits', async () => {
      await store.createTimeline({ slug: 'royals', title: 'Royals' });
      await store.addDocument('royals', newDocument('d1'), [newEvent('e', '2024-01-29', { mentions: [mention('d1', 'Told.')] })]);
      await store.updateEvent('royals', 'e', { title: 'Edited', editedByHand: true });
      const added = await store.addEvents('royals', [
        newEvent('by-hand', '2024-03-01', { title: 'Added by hand', editedByHand: true }),
        newEvent('e', '2024-02-01', { title: 'Machine again', confidence: 1, people: ['Anne'], mentions: [mention('d1', 'Told again.', 20)] }),
      ]);
      expect(ids(added).sort()).toEqual(['by-hand', 'e']);
      expect(await store.getEvent('royals', 'by-hand')).toMatchObject({ title: 'Added by hand', mentions: [] });
      expect(await store.getEvent('royals', 'e')).toMatchObject({ title: 'Edited', date: { value: '2024-01-29' }, people: ['Anne'] });
      expect((await store.getEvent('royals', 'e'))!.mentions).toHaveLength(2);
      await expect(store.addEvents('nowhere', [newEvent('x', '2024-01-01')])).rejects.toBeInstanceOf(StoreNotFoundError);
    });

    test('mergeEvents folds the sources into the target in one step and deletes them', async () => {
      await store.createTimeline({ slug: 'royals', title: 'Royals' });
      await store.addDocument('royals', newDocument('d1'), [
        newEvent('keep', '2024-01-29', { title: 'Kept wording', tags: ['a'], mentions: [mention('d1', 'One.')] }),
        newEvent('drop', '2024-01-30', { title: 'Other wording', confidence: 1, tags: ['b'], places: ['London'], mentions: [mention('d1', 'Two.', 10)] }),
      ]);
      const merged = await store.mergeEvents('royals', 'keep', ['drop']);
      expect(merged).toMatchObject({ id: 'keep', title: 'Kept wording', date: { value: '2024-01-29' }, tags: ['a', 'b'], places: ['London'], editedByHand: true });
      expect(merged!.mentions).toHaveLength(2);
      expect(await store.getEvent('royals', 'keep')).toEqual(merged);
      expect(await store.getEvent('royals', 'drop')).toBeNull();
      expect(await listAll('royals', { place: 'london' })).toEqual(['keep']);
    });

    test('mergeEvents changes nothing when a source is unknown or is the target', async () => {
      await store.createTimeline({ slug: 'royals', title: 'Royals' });
      await store.addDocument('royals', newDocument('d1'), [newEvent('keep', '2024-01-29'), newEvent('other', '2024-01-30')]);
      await expect(store.mergeEvents('royals', 'keep', ['other', 'ghost'])).rejects.toBeInstanceOf(StoreNotFoundError);
      await expect(store.mergeEvents('royals', 'keep', ['keep'])).rejects.toBeInstanceOf(StoreConflictError);
      expect(await listAll('royals')).toEqual(['keep', 'other']);
      expect(await store.mergeEvents('royals', 'ghost', ['other'])).toBeNull();
      expect(await store.mergeEvents('nowhere', 'keep', ['other'])).toBeNull();
    });
  });

  describe('updateEvent and deleteEvent', () => {
    test('updateEvent changes only the given fields, keeps the id and sets updatedAt', async () => {
      await store.createTimeline({ slug: 'royals', title: 'Royals' });
      const { events } = await store.addDocument('royals', newDocument('d1'), [
        newEvent('e', '2024-01-29', { summary: 'Kept', people: ['Old Name'], places: ['Kept Place'], mentions: [mention('d1', 'Kept.')] }),
      ]);
      const before = events[0];
      await sleep(5);
      const updated = await store.updateEvent('royals', 'e', {
        title: 'New title',
        people: ['New Name'],
        date: { value: '2025-05', start: '2025-05-01T00:00:00.000Z', end: '2025-05-31T23:59:59.999Z', granularity: 'month' },
      });
      expect(updated).toEqual({
        ...before,
        title: 'New title',
        people: ['New Name'],
        date: { value: '2025-05', start: '2025-05-01T00:00:00.000Z', end: '2025-05-31T23:59:59.999Z', granularity: 'month', approximate: false },
        updatedAt: expect.any(String),
      });
      expect(Date.parse(updated!.updatedAt)).toBeGreaterThan(Date.parse(before.updatedAt));
      expect(await store.getEvent('royals', 'e')).toEqual(updated);
      expect(await listAll('royals', { person: 'old name' })).toEqual([]);
      expect(await listAll('royals', { person: 'new name', place: 'kept place' })).toEqual(['e']);
      expect(await listAll('royals', { q: 'new title' })).toEqual(['e']);
      expect(await listAll('royals', { from: '2025-05-15T00:00:00.000Z', to: '2025-05-15T00:00:00.000Z' })).toEqual(['e']);
      expect(await listAll('royals', { to: '2024-12-31T00:00:00.000Z' })).toEqual([]);
    });

    test('updateEvent rejects an invalid patch with a ZodError and changes nothing', async () => {
      await store.createTimeline({ slug: 'royals', title: 'Royals' });
      await store.addDocument('royals', newDocument('d1'), [newEvent('e', '2024-01-29')]);
      const before = await store.getEvent('royals', 'e');
      const backwards = { value: '2024', start: '2024-12-31T00:00:00.000Z', end: '2024-01-01T00:00:00.000Z', granularity: 'year' as const };
      await expect(store.updateEvent('royals', 'e', { date: backwards })).rejects.toBeInstanceOf(z.ZodError);
      await expect(store.updateEvent('royals', 'e', { confidence: -1 })).rejects.toBeInstanceOf(z.ZodError);
      expect(await store.getEvent('royals', 'e')).toEqual(before);
    });

    test('deleteEvent removes the event and its names, then reports false', async () => {
      await store.createTimeline({ slug: 'royals', title: 'Royals' });
      await store.addDocument('royals', newDocument('d1'), [newEvent('a', '2024-01-29', { people: ['X'] }), newEvent('b', '2024-01-30')]);
      expect(await store.deleteEvent('royals', 'a')).toBe(true);
      expect(await store.getEvent('royals', 'a')).toBeNull();
      expect(await listAll('royals')).toEqual(['b']);
      expect(await listAll('royals', { person: 'x' })).toEqual([]);
      expect(await store.deleteEvent('royals', 'a')).toBe(false);
    });
  });

  describe('retired event ids', () => {
    test('deleteEvent leaves a tombstone that retiredEvent reports', async () => {
      await store.createTimeline({ slug: 'royals', title: 'Royals' });
      await store.addDocument('royals', newDocument('d1'), [newEvent('a', '2024-01-29'), newEvent('b', '2024-01-30')]);
      expect(await store.retiredEvent('royals', 'a')).toBeNull();
      await store.deleteEvent('royals', 'a');
      expect(await store.retiredEvent('royals', 'a')).toEqual({ kind: 'deleted' });
      expect(await store.retiredEvent('royals', 'b')).toBeNull();
      expect(await store.retiredEvent('nope', 'a')).toBeNull();
    });

    test('extracted events never bring back a deleted id; merged ones join the event they became', async () => {
      await store.createTimeline({ slug: 'royals', title: 'Royals' });
      await store.addDocument('royals', newDocument('d1'), [newEvent('gone', '2024-01-29'), newEvent('keep', '2024-01-30'), newEvent('dup', '2024-01-31')]);
      await store.deleteEvent('royals', 'gone');
      await store.mergeEvents('royals', 'keep', ['dup']);
      await store.addEvents('royals', [newEvent('gone', '2024-01-29'), newEvent('dup', '2024-01-31', { mentions: [mention('d2', 'Again.')] })]);
      await store.addDocument('royals', newDocument('d3'), [newEvent('gone', '2024-01-29')]);
      expect(await listAll('royals')).toEqual(['keep']);
      expect((await store.getEvent('royals', 'keep'))!.mentions.map((m) => m.sentence)).toContain('Again.');
      // Deleting the event an id was merged into deletes what the id stood for too.
      await store.deleteEvent('royals', 'keep');
      await store.addEvents('royals', [newEvent('dup', '2024-01-31')]);
      expect(await listAll('royals')).toEqual([]);
    });

    test('an event made by hand under a deleted id makes that id live again', async () => {
      await store.createTimeline({ slug: 'royals', title: 'Royals' });
      await store.addDocument('royals', newDocument('d1'), [newEvent('a', '2024-01-29')]);
      await store.deleteEvent('royals', 'a');
      await store.addEvents('royals', [newEvent('a', '2024-01-29', { editedByHand: true })]);
      expect(await listAll('royals')).toEqual(['a']);
      expect(await store.retiredEvent('royals', 'a')).toBeNull();
    });

    test('renameEvent moves the event, its names and mentions to the new id and remembers the old one', async () => {
      await store.createTimeline({ slug: 'royals', title: 'Royals' });
      const { events } = await store.addDocument('royals', newDocument('d1'), [
        newEvent('wrong-date', '2024-01-29', { people: ['King Charles'], mentions: [mention('d1', 'Out.')] }),
      ]);
      await sleep(5);
      const renamed = await store.renameEvent('royals', 'wrong-date', 'right-date');
      expect(renamed).toEqual({ ...events[0], id: 'right-date', updatedAt: expect.any(String) });
      expect(Date.parse(renamed!.updatedAt)).toBeGreaterThan(Date.parse(events[0].updatedAt));
      expect(await store.getEvent('royals', 'right-date')).toEqual(renamed);
      expect(await store.getEvent('royals', 'wrong-date')).toBeNull();
      expect(await listAll('royals', { person: 'king charles' })).toEqual(['right-date']);
      expect(await store.retiredEvent('royals', 'wrong-date')).toEqual({ kind: 'renamed', id: 'right-date' });
      expect(await store.retiredEvent('royals', 'right-date')).toBeNull();
    });

    test('renames chain to the latest id, and renaming back does not loop', async () => {
      await store.createTimeline({ slug: 'royals', title: 'Royals' });
      await store.addDocument('royals', newDocument('d1'), [newEvent('a', '2024-01-29')]);
      await store.renameEvent('royals', 'a', 'b');
      await store.renameEvent('royals', 'b', 'c');
      expect(await store.retiredEvent('royals', 'a')).toEqual({ kind: 'renamed', id: 'c' });
      expect(await store.retiredEvent('royals', 'b')).toEqual({ kind: 'renamed', id: 'c' });
      await store.renameEvent('royals', 'c', 'a');
      expect(await store.retiredEvent('royals', 'a')).toBeNull();
      expect(await store.retiredEvent('royals', 'b')).toEqual({ kind: 'renamed', id: 'a' });
      expect(await store.retiredEvent('royals', 'c')).toEqual({ kind: 'renamed', id: 'a' });
      expect(await listAll('royals')).toEqual(['a']);
    });

    test('renameEvent refuses a taken or malformed id and ignores unknown events', async () => {
      await store.createTimeline({ slug: 'royals', title: 'Royals' });
      await store.addDocument('royals', newDocument('d1'), [newEvent('a', '2024-01-29'), newEvent('b', '2024-01-30')]);
      await expect(store.renameEvent('royals', 'a', 'b')).rejects.toBeInstanceOf(StoreConflictError);
      await expect(store.renameEvent('royals', 'a', 'Not An Id')).rejects.toBeInstanceOf(z.ZodError);
      expect(await store.renameEvent('royals', 'nope', 'c')).toBeNull();
      expect(await store.renameEvent('nope', 'a', 'c')).toBeNull();
      expect(await listAll('royals')).toEqual(['a', 'b']);
      expect(await store.retiredEvent('royals', 'a')).toBeNull();
    });

    test('mergeEvents retires the merged-away ids as renamed to the target, chains included', async () => {
      await store.createTimeline({ slug: 'royals', title: 'Royals' });
      await store.addDocument('royals', newDocument('d1'), [newEvent('keep', '2024-01-29'), newEvent('dup', '2024-01-30')]);
      await store.renameEvent('royals', 'dup', 'dup-renamed');
      await store.mergeEvents('royals', 'keep', ['dup-renamed']);
      expect(await store.retiredEvent('royals', 'dup-renamed')).toEqual({ kind: 'renamed', id: 'keep' });
      expect(await store.retiredEvent('royals', 'dup')).toEqual({ kind: 'renamed', id: 'keep' });
      expect(await store.retiredEvent('royals', 'keep')).toBeNull();
    });

    test('deleteTimeline forgets its retired ids', async () => {
      await store.createTimeline({ slug: 'royals', title: 'Royals' });
      await store.addDocument('royals', newDocument('d1'), [newEvent('a', '2024-01-29')]);
      await store.deleteEvent('royals', 'a');
      await store.deleteTimeline('royals');
      await store.createTimeline({ slug: 'royals', title: 'Again' });
      expect(await store.retiredEvent('royals', 'a')).toBeNull();
    });
  });

  describe('API tokens', () => {
    const hash = (c: string) => c.repeat(64);

    test('createApiToken keeps a token that listApiTokens shows without its hash, newest first', async () => {
      const first = await store.createApiToken({ id: 'aaaaaaaaaaaa', name: 'CI import', hash: hash('a') });
      expect(ApiToken.parse(first)).toEqual(first);
      expect(first).toEqual({ id: 'aaaaaaaaaaaa', name: 'CI import', createdAt: expect.any(String), lastUsedAt: null });
      await sleep(5);
      const second = await store.createApiToken({ id: 'bbbbbbbbbbbb', name: "O'Brien's; --", hash: hash('b') });
      expect(await store.listApiTokens()).toEqual([second, first]);
      expect(JSON.stringify(await store.listApiTokens())).not.toContain(hash('a'));
      expect(await store.apiTokenHash('aaaaaaaaaaaa')).toBe(hash('a'));
    });

    test('createApiToken refuses a taken id and malformed input', async () => {
      await store.createApiToken({ id: 'aaaaaaaaaaaa', name: 'one', hash: hash('a') });
      await expect(store.createApiToken({ id: 'aaaaaaaaaaaa', name: 'two', hash: hash('b') })).rejects.toBeInstanceOf(StoreConflictError);
      await expect(store.createApiToken({ id: '../x', name: 'x', hash: hash('c') })).rejects.toBeInstanceOf(z.ZodError);
      await expect(store.createApiToken({ id: 'cccccccccccc', name: 'x', hash: 'plain' })).rejects.toBeInstanceOf(z.ZodError);
      await expect(store.createApiToken({ id: 'cccccccccccc', name: '  ', hash: hash('c') })).rejects.toBeInstanceOf(z.ZodError);
      expect(await store.apiTokenHash('aaaaaaaaaaaa')).toBe(hash('a'));
      expect(await store.listApiTokens()).toHaveLength(1);
    });

    test('touchApiToken records use; revokeApiToken makes the token unknown', async () => {
      const created = await store.createApiToken({ id: 'aaaaaaaaaaaa', name: 'one', hash: hash('a') });
      const touched = await store.touchApiToken('aaaaaaaaaaaa');
      expect(touched).toEqual({ ...created, lastUsedAt: expect.any(String) });
      expect(await store.listApiTokens()).toEqual([touched]);
      expect(await store.revokeApiToken('aaaaaaaaaaaa')).toBe(true);
      expect(await store.apiTokenHash('aaaaaaaaaaaa')).toBeNull();
      expect(await store.touchApiToken('aaaaaaaaaaaa')).toBeNull();
      expect(await store.revokeApiToken('aaaaaaaaaaaa')).toBe(false);
      expect(await store.listApiTokens()).toEqual([]);
    });
  });

  describe('signed-out sessions', () => {
    const inAWeek = () => new Date(Date.now() + 7 * 24 * 3600_000).toISOString();

    test('revokeSession marks that session id only; revoking it again is harmless', async () => {
      expect(await store.isSessionRevoked('s1')).toBe(false);
      await store.revokeSession('s1', inAWeek());
      await store.revokeSession('s1', inAWeek());
      expect(await store.isSessionRevoked('s1')).toBe(true);
      expect(await store.isSessionRevoked('s2')).toBe(false);
    });

    test('every connection to the store sees a revocation', async () => {
      const other = await openStore(url);
      try {
        await other.revokeSession('s1', inAWeek());
      } finally {
        await other.close();
      }
      expect(await store.isSessionRevoked('s1')).toBe(true);
    });

    test('revocations are forgotten once the session would have expired anyway', async () => {
      await store.revokeSession('soon', new Date(Date.now() + 50).toISOString());
      expect(await store.isSessionRevoked('soon')).toBe(true);
      await sleep(80);
      await store.revokeSession('later', inAWeek());
      expect(await store.isSessionRevoked('soon')).toBe(false);
      expect(await store.isSessionRevoked('later')).toBe(true);
    });

    test('revokeSession refuses an empty id or a malformed expiry', async () => {
      await expect(store.revokeSession('', inAWeek())).rejects.toBeInstanceOf(z.ZodError);
      await expect(store.revokeSession('s1', 'next week')).rejects.toBeInstanceOf(z.ZodError);
      expect(await store.isSessionRevoked('s1')).toBe(false);
    });
  });

  describe('request counts', () => {
    const W = 10_000;

    test('countRequest counts per scope and client, and carries a window into the next as its previous count', async () => {
      expect(await store.countRequest('extract', 'a', 0, W)).toEqual({ count: 1, previousCount: 0 });
      expect(await store.countRequest('extract', 'a', 0, W)).toEqual({ count: 2, previousCount: 0 });
      expect(await store.countRequest('extract', 'b', 0, W)).toEqual({ count: 1, previousCount: 0 });
      expect(await store.countRequest('upload', 'a', 0, W)).toEqual({ count: 1, previousCount: 0 });
      expect(await store.countRequest('extract', 'a', W, W)).toEqual({ count: 1, previousCount: 2 });
      // A window from a lagging clock counts in the stored one instead of resetting it.
      expect(await store.countRequest('extract', 'a', 0, W)).toEqual({ count: 2, previousCount: 2 });
      // After a gap of a whole window, nothing carries over.
      expect(await store.countRequest('extract', 'a', 3 * W, W)).toEqual({ count: 1, previousCount: 0 });
    });

    test('two connections count one budget, each request seeing a distinct count', async () => {
      const other = await openStore(url);
      try {
        const hits = Array.from({ length: 40 }, (_, i) => (i % 2 ? store : other).countRequest('extract', 'a', 0, W));
        const counts = (await Promise.all(hits)).map((c) => c.count);
        expect(counts.sort((x, y) => x - y)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
      } finally {
        await other.close();
      }
    });

    test('two instances limiting one route share one budget', async () => {
      const other = await openStore(url);
      try {
        const limit = { scope: 'sign-in', perMinute: 10, burst: 5, ifStoreFails: 'refuse' } as const;
        const now = () => 1_000;
        const instances = [new RateLimiter(limit, async () => store, now), new RateLimiter(limit, async () => other, now)];
        const outcomes = await Promise.allSettled(Array.from({ length: 12 }, (_, i) => instances[i % 2].check('203.0.113.9')));
        expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(5);
        for (const refused of outcomes.filter((o) => o.status === 'rejected')) expect(refused.reason).toMatchObject({ status: 429 });
      } finally {
        await other.close();
      }
    });

    test('pruneRequestCounts forgets only counts two windows old', async () => {
      await store.countRequest('extract', 'old', 0, W);
      await store.countRequest('extract', 'new', W, W);
      expect(await store.pruneRequestCounts(2 * W - 1)).toBe(0);
      expect(await store.pruneRequestCounts(2 * W)).toBe(1);
      expect(await store.countRequest('extract', 'new', W, W)).toEqual({ count: 2, previousCount: 0 });
      expect(await store.countRequest('extract', 'old', 2 * W, W)).toEqual({ count: 1, previousCount: 0 });
    });

    test('countRequest refuses a malformed scope or window', async () => {
      await expect(store.countRequest('Extract!', 'a', 0, W)).rejects.toBeInstanceOf(z.ZodError);
      await expect(store.countRequest('extract', 'a', 0.5, W)).rejects.toBeInstanceOf(z.ZodError);
      await expect(store.countRequest('extract', 'a', 0, 0)).rejects.toBeInstanceOf(z.ZodError);
    });
  });

  describe('migrations', () => {
    test('opening the same database again changes no schema and keeps the data', async () => {
      const schema = await harness.describeSchema(url);
      expect(schema).toMatch(/events_by_start/);
      await store.createTimeline({ slug: 'royals', title: 'Royals' });
      const again = await openStore(url);
      try {
        expect(await again.getTimeline('royals')).toMatchObject({ title: 'Royals' });
      } finally {
        await again.close();
      }
      expect(await harness.describeSchema(url)).toBe(schema);
    });

    test('the text index migration indexes the events already stored', async () => {
      const oldUrl = await harness.freshUrl();
      const old = await openStoreAt(oldUrl, '006-request-counts');
      try {
        await old.createTimeline({ slug: 'birds', title: 'Birds' });
        await old.addEvents('birds', [newEvent('a', '2024-01-01', { title: 'Arctic tern lands' }), newEvent('b', '2024-01-02', { title: 'Puffin' })]);
        await old.deleteEvent('birds', 'b');
      } finally {
        await old.close();
      }
      const migrated = await openStore(oldUrl);
      const found = async (q: string) => ids((await migrated.listEvents('birds', { q })).events);
      try {
        expect(await found('arctic tern')).toEqual(['a']);
        expect(await found('ar')).toEqual(['a']);
        expect(await found('puffin')).toEqual([]);
        await migrated.updateEvent('birds', 'a', { title: 'Osprey dives' });
        expect(await found('osprey')).toEqual(['a']);
        expect(await found('arctic')).toEqual([]);
      } finally {
        await migrated.close();
      }
      await harness.checkIndexes(oldUrl);
    });
  });

  describe('concurrency', () => {
    /** Runs write-documents.ts in a child process; children wait for `startAt`, after their slow tsx start-up, so they overlap. */
    const writeDocuments = (databaseUrl: string, writer: string, count: number, startAt: number) =>
      promisify(execFile)(
        process.execPath,
        ['--import', 'tsx', path.join(__dirname, 'write-documents.ts'), databaseUrl, 'busy', writer, String(count), String(startAt)],
        { cwd: path.resolve(__dirname, '../..'), timeout: 90_000 },
      );

    test('several processes opening a new database at once all migrate it without error', async () => {
      const newUrl = await harness.freshUrl();
      const startAt = Date.now() + 4000;
      await Promise.all(['o1', 'o2', 'o3'].map((writer) => writeDocuments(newUrl, writer, 0, startAt)));
      const opened = await openStore(newUrl);
      try {
        await opened.createTimeline({ slug: 'after', title: 'After' });
        expect(await opened.listTimelines()).toHaveLength(1);
      } finally {
        await opened.close();
      }
      expect(await harness.describeSchema(newUrl)).toMatch(/api_tokens/);
    }, 120_000);

    test('two processes adding documents to one timeline at the same time lose nothing', async () => {
      await store.createTimeline({ slug: 'busy', title: 'Busy' });
      const perWriter = 40;
      const startAt = Date.now() + 4000;
      await Promise.all([writeDocuments(url, 'w1', perWriter, startAt), writeDocuments(url, 'w2', perWriter, startAt)]);

      expect(await store.listDocuments('busy')).toHaveLength(2 * perWriter);
      expect(await listAll('busy')).toHaveLength(2 * perWriter * 2 + 1);
      const shared = await store.getEvent('busy', 'shared');
      expect(shared!.mentions).toHaveLength(2 * perWriter);
      expect(shared!.people).toHaveLength(2 * perWriter);
    }, 120_000);
  });
}
