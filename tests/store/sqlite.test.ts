import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { openStore } from '@/lib/store';
import { storeContract } from './contract';
import { newEvent } from './fixtures';

const folder = mkdtempSync(path.join(os.tmpdir(), 'timeline-store-test-'));
let databases = 0;
const fileOf = (url: string) => url.slice('sqlite:'.length);

function withDatabase<T>(url: string, work: (db: BetterSqlite3.Database) => T): T {
  const db = new BetterSqlite3(fileOf(url));
  try {
    return work(db);
  } finally {
    db.close();
  }
}

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('SQLite store', () => {
  storeContract({
    // A fresh file in a folder that does not exist yet, which openStore must create.
    freshUrl: async () => `sqlite:${path.join(folder, `db-${++databases}`, 'timeline.db')}`,
    async failEventInsertsTitled(url, title) {
      withDatabase(url, (db) =>
        db.exec(
          `create trigger fail_titled before insert on events when new.title = ${JSON.stringify(title).replace(/"/g, "'")}
           begin select raise(abort, 'refusing to insert ${title.replace(/'/g, '')}'); end`,
        ),
      );
    },
    // FTS5 compares its index with the events it was built from (rank 1: the external content too).
    checkIndexes: async (url) =>
      withDatabase(url, (db) => {
        db.prepare(`insert into events_search(events_search, rank) values ('integrity-check', 1)`).run();
      }),
    describeSchema: async (url) =>
      withDatabase(url, (db) => JSON.stringify(db
          // sqlite_stat* hold planner statistics (written by `pragma optimize`), not schema.
          .prepare(`select type, name, tbl_name, sql from sqlite_master where name not like 'sqlite_stat%' order by name`).all())),
  });
});

describe('SQLite text index', () => {
  test('VACUUM keeps the rowids that the text index refers to', async () => {
    const url = `sqlite:${path.join(folder, 'vacuum', 'timeline.db')}`;
    const store = await openStore(url);
    await store.createTimeline({ slug: 'birds', title: 'Birds' });
    await store.addEvents('birds', Array.from({ length: 40 }, (_, i) => newEvent(`e${i}`, '2024-01-01', { title: `Bird number ${i}` })));
    // Holes in the rowids, which a renumbering VACUUM would close.
    for (let i = 0; i < 40; i += 2) await store.deleteEvent('birds', `e${i}`);
    await store.close();

    withDatabase(url, (db) => db.exec('vacuum'));
    withDatabase(url, (db) => db.prepare(`insert into events_search(events_search, rank) values ('integrity-check', 1)`).run());
    const reopened = await openStore(url);
    try {
      expect((await reopened.listEvents('birds', { q: 'number 3' })).events.map((e) => e.id)).toEqual(['e3', 'e31', 'e33', 'e35', 'e37', 'e39']);
    } finally {
      await reopened.close();
    }
  });
});
