import { sql, type Kysely, type Selectable, type SelectQueryBuilder } from 'kysely';
import { GRANULARITIES, type EventFilter, type Granularity } from '../model';
import { decodeCursor } from './cursor';
import type { Database, EventsTable, NameKind } from './database';
import type { StoreKind } from './store-kind';
import { trigramCandidates } from './trigram-candidates';

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

/** What selectEvents needs read from the database before it can build its query. */
export interface SelectContext {
  /** The timeline's `longestSpans`, with `from`; empty otherwise. */
  spans: Map<Granularity, number>;
  /** SQLite, with `q`: the events the text index says may hold it (see trigramCandidates); else null. */
  textCandidates: number[] | null;
}

export async function selectContext(db: Kysely<Database>, kind: StoreKind, timeline: string, filter: EventFilter): Promise<SelectContext> {
  return {
    spans: filter.from === undefined ? new Map() : await longestSpans(db, timeline),
    textCandidates: kind === 'sqlite' && filter.q ? await trigramCandidates(db, filter.q.toLowerCase()) : null,
  };
}

/**
 * The query behind listEvents, in time order, fetching one row past `limit` so the caller can tell
 * whether another page follows. Kept apart so the benchmark can EXPLAIN exactly what the store runs.
 */
export function selectEvents(db: Kysely<Database>, timeline: string, filter: EventFilter, { spans, textCandidates }: SelectContext) {
  const matching = () => whereMatching(db.selectFrom('events').selectAll().where('timeline', '=', timeline), timeline, filter, textCandidates);
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
function whereMatching(query: EventsQuery, timeline: string, filter: EventFilter, textCandidates: number[] | null): EventsQuery {
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

  if (filter.q) query = whereContains(query, filter.q.toLowerCase(), textCandidates);
  if (filter.minConfidence !== undefined) query = query.where('confidence', '>=', filter.minConfidence);
  if (filter.after !== undefined) {
    const after = decodeCursor(filter.after);
    query = query.where(({ eb, refTuple, tuple }) => eb(refTuple('start_ms', 'id'), '>', tuple(after.startMs, after.id)));
  }
  return query;
}

/**
 * Events whose search_text holds `text` (lower-cased, as search_text is when written, which makes LIKE
 * case-insensitive in both dialects). The LIKE alone decides what matches. PostgreSQL serves it from the
 * pg_trgm index (migration 007). SQLite's FTS5 table cannot serve a LIKE with ESCAPE, so the candidates
 * it found, if any, narrow the rows the LIKE reads.
 */
function whereContains(query: EventsQuery, text: string, candidates: number[] | null): EventsQuery {
  query = query.where(sql<boolean>`search_text like ${containsPattern(text)} escape '\\'`);
  return candidates === null ? query : query.where(sql<boolean>`rowid in (select value from json_each(${JSON.stringify(candidates)}))`);
}

/** A LIKE pattern matching `text` anywhere, with LIKE's own wildcards in it taken literally. */
function containsPattern(text: string) {
  return `%${text.replace(/[\\%_]/g, '\\$&')}%`;
}
