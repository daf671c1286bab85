import { sql, type Kysely } from 'kysely';
import type { EventFilter } from '../model';
import { decodeCursor } from './cursor';
import type { Database, NameKind } from './database';

/**
 * The query behind listEvents, in time order, fetching one row past `limit` so the caller can tell
 * whether another page follows. Kept apart so the benchmark can EXPLAIN exactly what the store runs.
 */
export function selectEvents(db: Kysely<Database>, timeline: string, filter: EventFilter) {
  let query = db.selectFrom('events').selectAll().where('timeline', '=', timeline);

  if (filter.from !== undefined) {
    const fromMs = Date.parse(filter.from);
    // An event overlapping [from, ...] starts no earlier than `from` minus the longest span on the
    // timeline; that lower bound turns "ends after from" into a range scan of events_by_start.
    const longestSpan = db
      .selectFrom('events')
      .select((eb) => eb.fn.coalesce(eb.fn.max('span_ms'), sql.lit(0)).as('span'))
      .where('timeline', '=', timeline);
    query = query.where('end_ms', '>=', fromMs).where('start_ms', '>=', sql<number>`${fromMs} - (${longestSpan})`);
  }
  if (filter.to !== undefined) query = query.where('start_ms', '<=', Date.parse(filter.to));

  const names: [NameKind, string | undefined][] = [
    ['person', filter.person],
    ['place', filter.place],
    ['organization', filter.organization],
    ['tag', filter.tag],
  ];
  for (const [kind, name] of names) {
    const nameLower = name?.trim().toLowerCase();
    if (!nameLower) continue;
    query = query.where('id', 'in', (eb) =>
      eb
        .selectFrom('event_names')
        .select('event_id')
        .where('timeline', '=', timeline)
        .where('kind', '=', kind)
        .where('name_lower', '=', nameLower),
    );
  }

  // search_text is lower-cased when written, so lower-casing `q` makes LIKE case-insensitive in both dialects.
  if (filter.q) query = query.where(sql<boolean>`search_text like ${containsPattern(filter.q.toLowerCase())} escape '\\'`);
  if (filter.minConfidence !== undefined) query = query.where('confidence', '>=', filter.minConfidence);
  if (filter.after !== undefined) {
    const after = decodeCursor(filter.after);
    query = query.where(({ eb, refTuple, tuple }) => eb(refTuple('start_ms', 'id'), '>', tuple(after.startMs, after.id)));
  }
  query = query.orderBy('start_ms').orderBy('id');
  return filter.limit === undefined ? query : query.limit(filter.limit + 1);
}

/** A LIKE pattern matching `text` anywhere, with LIKE's own wildcards in it taken literally. */
function containsPattern(text: string) {
  return `%${text.replace(/[\\%_]/g, '\\$&')}%`;
}
