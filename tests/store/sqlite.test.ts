import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { storeContract } from './contract';

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
    describeSchema: async (url) =>
      withDatabase(url, (db) => JSON.stringify(db
          // sqlite_stat* hold planner statistics (written by `pragma optimize`), not schema.
          .prepare(`select type, name, tbl_name, sql from sqlite_master where name not like 'sqlite_stat%' order by name`).all())),
  });
});
