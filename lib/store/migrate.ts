import { Migrator, sql, type Kysely } from 'kysely';
import { storeMigrations } from './migrations';
import type { StoreKind } from './store-kind';

/**
 * Brings the schema up to date; safe to run on every open and from several processes at once.
 * `schema` pins kysely's bookkeeping tables to the store's own PostgreSQL schema: otherwise it would
 * find another schema's and think this one migrated.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- kysely's Migrator is typed for any database shape.
export async function migrateToLatest(db: Kysely<any>, kind: StoreKind, schema?: string) {
  const provider = storeMigrations(kind);
  let outcome;
  if (kind === 'postgres') {
    // kysely takes a PostgreSQL advisory lock, which other processes respect.
    outcome = await new Migrator({ db, provider, migrationTableSchema: schema }).migrateToLatest();
  } else {
    // kysely's SQLite "lock" only guards this connection, so two processes opening a new file could
    // both run 001. BEGIN IMMEDIATE takes the file's write lock before the migrator reads its state
    // (waiting up to busy_timeout for another process to finish), so the second sees the work done.
    outcome = await db.connection().execute(async (connection) => {
      await sql`begin immediate`.execute(connection);
      const result = await new Migrator({ db: connection, provider, disableTransactions: true }).migrateToLatest();
      await sql.raw(result.error ? 'rollback' : 'commit').execute(connection);
      return result;
    });
  }
  if (outcome.error) {
    const message = outcome.error instanceof Error ? outcome.error.message : String(outcome.error);
    throw new Error(`Could not migrate the ${kind} store: ${message}`, { cause: outcome.error });
  }
}
