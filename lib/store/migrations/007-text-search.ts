import { sql, type Kysely, type Migration } from 'kysely';
import type { StoreKind } from '../store-kind';

/**
 * A trigram index over events.search_text, so the `q` filter (a substring LIKE) stops reading every event.
 * The LIKE stays the test of what matches; the index only narrows which rows it runs on.
 */
export function textSearch(kind: StoreKind): Migration {
  return { up: (db: Kysely<unknown>) => (kind === 'sqlite' ? sqliteTrigrams(db) : postgresTrigrams(db)) };
}

/**
 * An FTS5 table over the events table's own rows (external content: the text is not stored twice), keyed
 * by the events' rowid, kept in step by triggers so that every write, present or future, updates it (the
 * deletes a timeline's ON DELETE CASCADE makes fire them too). SQLite's manual allows VACUUM to renumber
 * the rowids of a table without an INTEGER PRIMARY KEY; the SQLite we ship keeps them (sqlite.test.ts
 * checks), and `insert into events_search(events_search) values ('rebuild')` would re-key the index.
 * detail=none keeps only which rows hold each trigram, not where (a quarter of the size, and as quick to
 * query as phrases in one trial): the store asks for rows holding all of q's trigrams, and the LIKE drops
 * the few that hold them apart. columnsize=0: no per-row token counts, which only ranking reads.
 */
async function sqliteTrigrams(db: Kysely<unknown>) {
  await sql`create virtual table events_search using fts5(
    search_text, content='events', content_rowid='rowid', tokenize='trigram', detail='none', columnsize=0)`.execute(db);
  await sql`create trigger events_search_insert after insert on events begin
    insert into events_search(rowid, search_text) values (new.rowid, new.search_text);
  end`.execute(db);
  // An external-content FTS5 table forgets a row by being told the text it indexed.
  await sql`create trigger events_search_delete after delete on events begin
    insert into events_search(events_search, rowid, search_text) values ('delete', old.rowid, old.search_text);
  end`.execute(db);
  // Most rewrites of an event (a new date, a merged-in mention already told) leave its text as it was.
  await sql`create trigger events_search_update after update of search_text on events when old.search_text <> new.search_text begin
    insert into events_search(events_search, rowid, search_text) values ('delete', old.rowid, old.search_text);
    insert into events_search(rowid, search_text) values (new.rowid, new.search_text);
  end`.execute(db);
  await sql`insert into events_search(events_search) values ('rebuild')`.execute(db);
}

/**
 * pg_trgm's GIN operator class lets PostgreSQL answer `search_text like '%...%'` from an index. Creating
 * the extension takes a privilege the store's role may lack (it is trusted since PostgreSQL 13, so a
 * database owner may), and some servers do not ship it: then the store keeps working, scanning as before.
 */
async function postgresTrigrams(db: Kysely<unknown>) {
  const schema = await trigramSchema(db);
  if (schema === null) {
    console.warn(
      'PostgreSQL: pg_trgm is not available to this role, so the q filter will read every event of a timeline. ' +
        'To index it: create extension pg_trgm; create index events_by_search_text on events using gin (search_text gin_trgm_ops);',
    );
    return;
  }
  // Qualified: the extension lives in one schema per database, which need not be on this store's search_path.
  await sql`create index events_by_search_text on events using gin (search_text ${sql.id(schema, 'gin_trgm_ops')})`.execute(db);
  // With the default 100 sampled texts the planner took text held by 486 of 100k events for 10, and chose
  // this index over a short time-range scan (q in a decade: 74 ms, against 27 without the index); with 1000
  // it guesses 400 and ANDs the two indexes (32 ms). Planning a q query reads the longer sample: +1 ms.
  await sql`alter table events alter column search_text set statistics 1000`.execute(db);
}

/** The schema holding pg_trgm, installing it if it is not yet; null if it cannot be. */
async function trigramSchema(db: Kysely<unknown>): Promise<string | null> {
  // Stores in other schemas of the database may be migrating at the same moment: one installs, the others wait and find it.
  await sql`select pg_advisory_xact_lock(hashtext('timeline: create extension pg_trgm'))`.execute(db);
  const installed = async () => {
    const { rows } = await sql<{ schema: string }>`
      select nspname as schema from pg_extension join pg_namespace on pg_namespace.oid = extnamespace where extname = 'pg_trgm'`.execute(db);
    return rows[0]?.schema ?? null;
  };
  const found = await installed();
  if (found !== null) return found;
  // The migration runs in a transaction: a failed CREATE EXTENSION must undo only itself.
  await sql`savepoint install_pg_trgm`.execute(db);
  try {
    await sql`create extension pg_trgm`.execute(db);
  } catch {
    await sql`rollback to savepoint install_pg_trgm`.execute(db);
    return null;
  }
  await sql`release savepoint install_pg_trgm`.execute(db);
  return installed();
}
