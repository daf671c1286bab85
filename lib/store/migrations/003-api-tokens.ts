import { sql, type Kysely, type Migration } from 'kysely';
import type { StoreKind } from '../store-kind';

/** API tokens for scripts that write: only a hash of each token is kept. */
export function apiTokens(kind: StoreKind): Migration {
  // Same reason as in 001: ids sort by code point in both dialects.
  const idType = kind === 'postgres' ? sql`text collate "C"` : sql`text`;
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('api_tokens')
        .addColumn('id', idType, (c) => c.primaryKey().notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_used_at', 'text')
        .execute();
    },
  };
}
