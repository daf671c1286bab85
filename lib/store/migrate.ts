import { Migrator, type Kysely } from 'kysely';
import { storeMigrations } from './migrations';
import type { StoreKind } from './store-kind';

/**
 * Brings the schema up to date; safe to run on every open and from several processes at once
 * (kysely's migrator takes a lock). `schema` pins kysely's bookkeeping tables to the store's own
 * PostgreSQL schema: otherwise it would find another schema's and think this one migrated.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- kysely's Migrator is typed for any database shape.
export async function migrateToLatest(db: Kysely<any>, kind: StoreKind, schema?: string) {
  const migrator = new Migrator({ db, provider: storeMigrations(kind), migrationTableSchema: schema });
  const { error } = await migrator.migrateToLatest();
  if (error) {
    throw new Error(`Could not migrate the ${kind} store: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}
