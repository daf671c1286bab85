import { sql, type Kysely, type Selectable, type SelectQueryBuilder } from 'kysely';
import { GRANULARITIES, type EventFilter, type Granularity } from '../model';
import { decodeCursor } from './cursor';
import type { Database, EventsTable, NameKind } from './database';

type EventsQuery = SelectQueryBuilder<Database, 'events', Selectable<EventsTable>>;

/**
 * The query behind listEvents, in time order, fetching one row past `limit` so the caller can tell
 * whether another page follows. Kept apart so the benchmark can EXPLAIN exactly what the store runs.
 */
export function selectEvents(db: Kysely<Database>, timeline: string, filter: EventFilter) {
  const matching = () => whereMatching(db.selectFrom('events').selectAll().where('timeline', '=', timeline), timeline, filter);
  let query: EventsQuery;
  if (filter.from === undefined) {
    query = matching();
  } else {
    // An event overlapping [from, ...] starts no earlier than `from` minus the longest span of its
    // kind. That lower bound makes each granularity one short range scan of events_by_granularity_start;
    // the database merges the already ordered branches, so a LIMIT still stops early.
    const fromMs = Date.parse(filter.from);
    const branch = (granularity: Granularity) => {
      const longestSpan = db
        .selectFrom('events')
        .select((eb) => eb.fn.coalesce(eb.fn.max('span_ms'), sql.lit(0)).as('span'))
        .where('timeline', '=', timeline)
        .where('granularity', '=', granularity);
      return matching()
        .where('granularity', '=', granularity)
        .where('start_ms', '>=', sql<number>`${fromMs} - (${longestSpan})`)
        .where('end_ms', '>=', fromMs);
    };
    query = GRANULARITIES.slice(1).reduce((union, g) => union.unionAll(branch(g)), branch(GRANULARITIES[0]));
  }
  query = query.orderBy('start_ms').orderBy('id');
  return filter.limit === undefined ? query : query.limit(filter.limit + 1);
}

/** Every filter but `from`. */
function whereMatching(query: EventsQuery, timeline: string, filter: EventFilter): EventsQuery {
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
  return query;
}

/** A LIKE pattern matching `text` anywhere, with LIKE's own wildcards in it taken literally. */
function containsPattern(text: string) {
  return `%${text.replace(/[\\%_]/g, '\\$&')}%`;
}
