import { sql, type Kysely, type Selectable, type SelectQueryBuilder } from 'kysely';
import { GRANULARITIES, type EventFilter, type Granularity } from '../model';
import { decodeCursor } from './cursor';
import type { Database, EventsTable, NameKind } from './database';

type EventsQuery = SelectQueryBuilder<Database, 'events', Selectable<EventsTable>>;

/** The longest span of each granularity present on a timeline: one round trip of index probes. */
export async function longestSpans(db: Kysely<Database>, timeline: string): Promise<Map<Granularity, number>> {
  const row = await db
    .selectNoFrom((eb) =>
      GRANULARITIES.map((granularity) =>
        eb
          .selectFrom('events')
          .select((e) => e.fn.max('span_ms').as('span'))
          .where('timeline', '=', timeline)
          .where('granularity', '=', granularity)
          .as(granularity),
      ),
    )
    .executeTakeFirstOrThrow();
  const spans = new Map<Granularity, number>();
  for (const granularity of GRANULARITIES) {
    const span = (row as Record<Granularity, number | string | null>)[granularity];
    if (span !== null) spans.set(granularity, Number(span));
  }
  return spans;
}

/**
 * The query behind listEvents, in time order, fetching one row past `limit` so the caller can tell
 * whether another page follows. With `from`, it needs the timeline's `longestSpans`. Kept apart so
 * the benchmark can EXPLAIN exactly what the store runs.
 */
export function selectEvents(db: Kysely<Database>, timeline: string, filter: EventFilter, spans: Map<Granularity, number>) {
  const matching = () => whereMatching(db.selectFrom('events').selectAll().where('timeline', '=', timeline), timeline, filter);
  let query = matching();
  if (filter.from !== undefined) {
    // An event overlapping [from, ...] starts no earlier than `from` minus the longest span of its
    // granularity. That bound makes each granularity one short range scan of events_by_granularity_start
    // (a timeline-wide bound would let a few decade-long events make every day-long one look back ten
    // years); the database merges the ordered branches, so a LIMIT still stops early.
    const fromMs = Date.parse(filter.from);
    const branches = [...spans].map(([granularity, span]) =>
      matching().where('granularity', '=', granularity).where('start_ms', '>=', fromMs - span).where('end_ms', '>=', fromMs),
    );
    // No branches: the timeline has no events (or none when the spans were read); the plain filter finds them.
    query = branches.length ? branches.slice(1).reduce((union, b) => union.unionAll(b), branches[0]) : query.where('end_ms', '>=', fromMs);
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
