import { sql, type Kysely, type Migration } from 'kysely';
import type { StoreKind } from '../store-kind';

/** Renamed and deleted event ids, so that published links redirect (308) or say the event is gone (410). */
export function eventHistory(kind: StoreKind): Migration {
  // Same reason as in 001: ids sort by code point in both dialects.
  const idType = kind === 'postgres' ? sql`text collate "C"` : sql`text`;
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('event_history')
        .addColumn('timeline', idType, (c) => c.notNull().references('timelines.slug').onDelete('cascade'))
        .addColumn('event_id', idType, (c) => c.notNull())
        .addColumn('renamed_to', idType)
        .addColumn('retired_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('event_history_pk', ['timeline', 'event_id'])
        .execute();
      // Renaming B to C repoints every id that was renamed to B.
      await db.schema.createIndex('event_history_by_new_id').on('event_history').columns(['timeline', 'renamed_to']).execute();
    },
  };
}
