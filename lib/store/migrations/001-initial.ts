import { sql, type Kysely, type Migration } from 'kysely';
import type { StoreKind } from '../store-kind';

/**
 * The first schema, written once for both dialects. Where they differ:
 * - ids use the "C" collation in PostgreSQL so `order by id` (and so cursors) sort by code point,
 *   as SQLite's default BINARY collation does, whatever the database's locale;
 * - BIGINT is INTEGER affinity in SQLite (64-bit either way);
 * - flags are integers because SQLite has no boolean.
 */
export function initialSchema(kind: StoreKind): Migration {
  const idType = kind === 'postgres' ? sql`text collate "C"` : sql`text`;
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('timelines')
        .addColumn('slug', idType, (c) => c.primaryKey().notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('documents')
        .addColumn('timeline', idType, (c) => c.notNull().references('timelines.slug').onDelete('cascade'))
        .addColumn('id', idType, (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('dct_value', 'text')
        .addColumn('dct_source', 'text', (c) => c.notNull())
        .addColumn('dct_reason', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('added_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('documents_pk', ['timeline', 'id'])
        .execute();

      await db.schema
        .createTable('events')
        .addColumn('timeline', idType, (c) => c.notNull().references('timelines.slug').onDelete('cascade'))
        .addColumn('id', idType, (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('summary', 'text', (c) => c.notNull())
        .addColumn('date_value', 'text', (c) => c.notNull())
        .addColumn('start_ms', 'bigint', (c) => c.notNull())
        .addColumn('end_ms', 'bigint', (c) => c.notNull())
        .addColumn('span_ms', 'bigint', (c) => c.notNull())
        .addColumn('granularity', 'text', (c) => c.notNull())
        .addColumn('approximate', 'integer', (c) => c.notNull())
        .addColumn('confidence', 'double precision', (c) => c.notNull())
        .addColumn('edited_by_hand', 'integer', (c) => c.notNull())
        .addColumn('people', 'text', (c) => c.notNull())
        .addColumn('places', 'text', (c) => c.notNull())
        .addColumn('organizations', 'text', (c) => c.notNull())
        .addColumn('tags', 'text', (c) => c.notNull())
        .addColumn('mentions', 'text', (c) => c.notNull())
        .addColumn('search_text', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('events_pk', ['timeline', 'id'])
        .execute();

      await db.schema
        .createTable('event_names')
        .addColumn('timeline', idType, (c) => c.notNull())
        .addColumn('event_id', idType, (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('name_lower', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('event_names_pk', ['timeline', 'event_id', 'kind', 'name_lower'])
        .addForeignKeyConstraint('event_names_event_fk', ['timeline', 'event_id'], 'events', ['timeline', 'id'], (fk) =>
          fk.onDelete('cascade'),
        )
        .execute();

      // Time order and range queries walk this one; `id` makes it match the ORDER BY and the cursor.
      await db.schema.createIndex('events_by_start').on('events').columns(['timeline', 'start_ms', 'id']).execute();
      await db.schema.createIndex('events_by_end').on('events').columns(['timeline', 'end_ms']).execute();
      // max(span_ms) per timeline in one index probe (replaced in 002).
      await db.schema.createIndex('events_by_span').on('events').columns(['timeline', 'span_ms']).execute();
      await db.schema
        .createIndex('event_names_by_name')
        .on('event_names')
        .columns(['timeline', 'kind', 'name_lower', 'event_id'])
        .execute();
    },
  };
}
