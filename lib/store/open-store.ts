import type { Kysely } from 'kysely';
import { connectPostgres } from './connect-postgres';
import { connectSqlite } from './connect-sqlite';
import type { Database } from './database';
import { KyselyStore } from './kysely-store';
import { migrateToLatest } from './migrate';
import type { Store } from './store';

export const DEFAULT_DATABASE_URL = 'sqlite:data/timeline.db';

/** Opens the store a URL names (`sqlite:<path>`, `postgres://…`, `postgresql://…`) and migrates it. */
export async function openStore(url: string = process.env.DATABASE_URL || DEFAULT_DATABASE_URL): Promise<Store> {
  let db: Kysely<Database>;
  let kind: Store['kind'];
  let schema: string | undefined;
  if (url.startsWith('sqlite:')) {
    kind = 'sqlite';
    db = connectSqlite(url.slice('sqlite:'.length));
  } else if (/^postgres(ql)?:\/\//.test(url)) {
    kind = 'postgres';
    ({ db, schema } = await connectPostgres(url));
  } else {
    const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(url)?.[0] ?? '(none)';
    throw new Error(`Unsupported database URL scheme ${scheme}: expected sqlite:<path>, postgres:// or postgresql://`);
  }
  try {
    await migrateToLatest(db, kind, schema);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return new KyselyStore(kind, db);
}
