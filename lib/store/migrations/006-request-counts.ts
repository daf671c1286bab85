import { sql, type Kysely, type Migration } from 'kysely';
import type { StoreKind } from '../store-kind';

/**
 * Rate-limit counters that all instances share: one row per (route class, client), holding the requests
 * of its current window and of the one before, which is all a sliding-window estimate needs.
 */
export function requestCounts(kind: StoreKind): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('request_counts')
        // PostgreSQL: unlogged, so a counted request does not wait for a WAL flush. A crash empties the
        // table, which only forgives the last minute's requests.
        .$call((table) => (kind === 'postgres' ? table.modifyFront(sql`unlogged`) : table))
        .addColumn('scope', 'text', (c) => c.notNull())
        .addColumn('client', 'text', (c) => c.notNull())
        .addColumn('window_start', 'bigint', (c) => c.notNull())
        .addColumn('count', 'integer', (c) => c.notNull())
        .addColumn('previous_count', 'integer', (c) => c.notNull())
        // When the row stops mattering (two windows on): pruning is a range delete on this index.
        .addColumn('expires_ms', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('request_counts_pk', ['scope', 'client'])
        .execute();
      await db.schema.createIndex('request_counts_by_expiry').on('request_counts').column('expires_ms').execute();
    },
  };
}
