import type { Kysely, Migration } from 'kysely';

/**
 * Range queries look back from a window's start by the longest span an overlapping event can have.
 * One timeline-wide maximum made a few decade-long events force a ten-year look-back for every
 * day-long one; per granularity, each kind of event looks back only as far as its own longest span.
 */
export const rangeByGranularity: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.dropIndex('events_by_span').execute();
    await db.schema.createIndex('events_by_granularity_span').on('events').columns(['timeline', 'granularity', 'span_ms']).execute();
    await db.schema
      .createIndex('events_by_granularity_start')
      .on('events')
      .columns(['timeline', 'granularity', 'start_ms', 'id'])
      .execute();
  },
};
