import { sql, type ExpressionBuilder, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import { z } from 'zod';
import {
  ApiToken,
  EventFilter,
  EventId,
  EventPatch,
  NewApiTokenRequest,
  NewDocument,
  NewEvent,
  NewTimeline,
  TimelinePatch,
  type Event,
  type TimelineSummary,
} from '../model';
import type { Database } from './database';
import { encodeCursor } from './cursor';
import { selectContext, selectEvents } from './select-events';
import { StoreConflictError, StoreNotFoundError } from './errors';
import { mergeEvent, unionNames } from './merge-event';
import { parseInput, parsePatch } from './parse-input';
import { apiTokenFromRow, documentFromRow, documentMetaFromRow, documentRow, eventFromRow, eventNameRows, eventRow, timelineFromRow } from './rows';
import type { EventPage, NewApiToken, RetiredEvent, Store } from './store';
import type { StoreKind } from './store-kind';

/**
 * The Store over either database: kysely writes the SQL for both dialects. Every write transaction
 * starts by writing the timeline row, which takes SQLite's write lock up front (so busy_timeout
 * applies instead of a failed lock upgrade) and in PostgreSQL serialises writers of one timeline,
 * so that concurrent merges into the same event cannot lose each other's mentions.
 */
export class KyselyStore implements Store {
  constructor(
    readonly kind: StoreKind,
    private readonly db: Kysely<Database>,
  ) {}

  async createTimeline(input: z.input<typeof NewTimeline>) {
    const timeline = parseInput(NewTimeline, input);
    const now = new Date().toISOString();
    const row = { ...timeline, created_at: now, updated_at: now };
    try {
      await this.db.insertInto('timelines').values(row).execute();
    } catch (error) {
      if (isUniqueViolation(error)) throw new StoreConflictError(`A timeline "${timeline.slug}" already exists.`);
      throw error;
    }
    return timelineFromRow(row);
  }

  async getTimeline(slug: string) {
    const row = await this.db.selectFrom('timelines').selectAll().where('slug', '=', slug).executeTakeFirst();
    return row ? timelineFromRow(row) : null;
  }

  async listTimelines(): Promise<TimelineSummary[]> {
    // One subquery each rather than a join: min(start) and max(end) are then single probes of
    // events_by_start and events_by_end, and only the count walks an index.
    const events = (eb: ExpressionBuilder<Database, 'timelines'>) => eb.selectFrom('events').whereRef('events.timeline', '=', 'timelines.slug');
    const rows = await this.db
      .selectFrom('timelines')
      .selectAll()
      .select((eb) => [
        events(eb).select((e) => e.fn.countAll().as('n')).as('event_count'),
        events(eb).select((e) => e.fn.min('events.start_ms').as('n')).as('start_ms'),
        events(eb).select((e) => e.fn.max('events.end_ms').as('n')).as('end_ms'),
      ])
      .orderBy('updated_at', 'desc')
      .orderBy('slug')
      .execute();
    return rows.map((row) => ({
      ...timelineFromRow(row),
      eventCount: Number(row.event_count),
      start: row.start_ms === null ? null : new Date(Number(row.start_ms)).toISOString(),
      end: row.end_ms === null ? null : new Date(Number(row.end_ms)).toISOString(),
    }));
  }

  async updateTimeline(slug: string, input: z.input<typeof TimelinePatch>) {
    const patch = parsePatch(TimelinePatch, input);
    const row = await this.db
      .updateTable('timelines')
      .set({ ...patch, updated_at: stampAfter(this.kind, new Date().toISOString()) })
      .where('slug', '=', slug)
      .returningAll()
      .executeTakeFirst();
    return row ? timelineFromRow(row) : null;
  }

  async deleteTimeline(slug: string) {
    const result = await this.db.deleteFrom('timelines').where('slug', '=', slug).executeTakeFirst();
    return result.numDeletedRows > 0n;
  }

  async addDocument(timeline: string, documentInput: z.input<typeof NewDocument>, eventInputs: z.input<typeof NewEvent>[]) {
    const [added] = await this.addDocuments(timeline, [{ document: documentInput, events: eventInputs }]);
    return added;
  }

  async addDocuments(timeline: string, batch: { document: z.input<typeof NewDocument>; events: z.input<typeof NewEvent>[] }[]) {
    const parsed = batch.map((item) => ({ document: parseInput(NewDocument, item.document), events: parseInput(z.array(NewEvent), item.events) }));
    const now = new Date().toISOString();

    return this.db.transaction().execute(async (trx) => {
      if (!(await touchTimeline(trx, timeline, stampAfter(this.kind, now)))) throw new StoreNotFoundError(`No timeline "${timeline}".`);
      const added: Awaited<ReturnType<Store['addDocuments']>> = [];
      for (const { document, events } of parsed) {
        const docRow = documentRow(timeline, document, now);
        try {
          await trx.insertInto('documents').values(docRow).execute();
        } catch (error) {
          if (isUniqueViolation(error)) {
            throw new StoreConflictError(`Timeline "${timeline}" already has a document "${document.id}".`);
          }
          throw error;
        }
        added.push({ document: documentFromRow(docRow), events: await upsertEvents(trx, timeline, events, now) });
      }
      return added;
    });
  }

  async addEvents(timeline: string, eventInputs: z.input<typeof NewEvent>[]) {
    const incoming = parseInput(z.array(NewEvent), eventInputs);
    const now = new Date().toISOString();
    return this.db.transaction().execute(async (trx) => {
      if (!(await touchTimeline(trx, timeline, stampAfter(this.kind, now)))) throw new StoreNotFoundError(`No timeline "${timeline}".`);
      return upsertEvents(trx, timeline, incoming, now);
    });
  }

  async mergeEvents(timeline: string, targetId: string, sourceIds: string[]) {
    const sources = [...new Set(sourceIds)];
    if (sources.includes(targetId)) throw new StoreConflictError('An event cannot be merged into itself.');
    const now = new Date().toISOString();
    return this.db.transaction().execute(async (trx) => {
      if (!(await touchTimeline(trx, timeline, stampAfter(this.kind, now)))) return null;
      const loaded = await loadEvents(trx, timeline, [targetId, ...sources]);
      const target = loaded.get(targetId);
      if (!target) return null;
      const missing = sources.filter((id) => !loaded.has(id));
      if (missing.length > 0) throw new StoreNotFoundError(`No event "${missing[0]}" on timeline "${timeline}".`);
      // The target's wording and date stay (the editor chose it); the others add their tellings, names and tags.
      let merged: Event = { ...target, editedByHand: true };
      for (const id of sources) {
        const source = loaded.get(id)!;
        merged = { ...mergeEvent(merged, { ...source, updatedAt: now }), tags: unionNames(merged.tags, source.tags) };
      }
      await rewriteEvent(trx, merged);
      await trx.deleteFrom('events').where('timeline', '=', timeline).where('id', 'in', sources).execute();
      // Links to a merged-away event lead to the one it became part of.
      for (const id of sources) await redirect(trx, timeline, id, targetId, now);
      return merged;
    });
  }

  async getDocument(timeline: string, id: string) {
    const row = await this.db
      .selectFrom('documents')
      .selectAll()
      .where('timeline', '=', timeline)
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? documentFromRow(row) : null;
  }

  async listDocuments(timeline: string) {
    const rows = await this.db
      .selectFrom('documents')
      .select(['timeline', 'id', 'title', 'source', 'dct_value', 'dct_source', 'dct_reason', 'added_at'])
      .where('timeline', '=', timeline)
      .orderBy('added_at')
      .orderBy('id')
      .execute();
    return rows.map(documentMetaFromRow);
  }

  async getEvent(timeline: string, id: string) {
    const row = await this.db
      .selectFrom('events')
      .selectAll()
      .where('timeline', '=', timeline)
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? eventFromRow(row) : null;
  }

  async listEvents(timeline: string, filterInput: z.input<typeof EventFilter> = {}): Promise<EventPage> {
    const filter = parseInput(EventFilter, filterInput);
    const select = async (db: Kysely<Database>) => selectEvents(db, timeline, filter, await selectContext(db, this.kind, timeline, filter)).execute();
    // SQLite: in one read transaction, which WAL gives a snapshot, the text index's candidates and the rows agree.
    const rows = this.kind === 'sqlite' ? await this.db.transaction().execute(select) : await select(this.db);
    const more = filter.limit !== undefined && rows.length > filter.limit;
    const events = (more ? rows.slice(0, filter.limit) : rows).map(eventFromRow);
    const last = events.at(-1);
    return {
      events,
      next: more && last ? encodeCursor({ startMs: Date.parse(last.date.start), id: last.id }) : null,
    };
  }

  async updateEvent(timeline: string, id: string, input: z.input<typeof EventPatch>) {
    const patch = parsePatch(EventPatch, input);
    const now = new Date().toISOString();
    return this.db.transaction().execute(async (trx) => {
      if (!(await touchTimelineOfEvent(trx, timeline, id, stampAfter(this.kind, now)))) return null;
      const stored = (await loadEvents(trx, timeline, [id])).get(id)!;
      const event: Event = { ...stored, ...patch, updatedAt: now };
      await rewriteEvent(trx, event);
      return event;
    });
  }

  async deleteEvent(timeline: string, id: string) {
    const now = new Date().toISOString();
    return this.db.transaction().execute(async (trx) => {
      if (!(await touchTimelineOfEvent(trx, timeline, id, stampAfter(this.kind, now)))) return false;
      await trx.deleteFrom('events').where('timeline', '=', timeline).where('id', '=', id).execute();
      await retire(trx, timeline, id, null, now);
      return true;
    });
  }

  async renameEvent(timeline: string, id: string, newIdInput: string) {
    const newId = parseInput(EventId, newIdInput);
    const now = new Date().toISOString();
    return this.db.transaction().execute(async (trx) => {
      if (!(await touchTimelineOfEvent(trx, timeline, id, stampAfter(this.kind, now)))) return null;
      if (newId === id) return (await loadEvents(trx, timeline, [id])).get(id)!;
      if ((await loadEvents(trx, timeline, [newId])).size > 0) {
        throw new StoreConflictError(`Timeline "${timeline}" already has an event "${newId}".`);
      }
      const event: Event = { ...(await loadEvents(trx, timeline, [id])).get(id)!, id: newId, updatedAt: now };
      // A new row rather than an updated key: event_names refers to the old one and goes with it.
      await trx.insertInto('events').values(eventRow(event)).execute();
      const names = eventNameRows(event);
      if (names.length > 0) await trx.insertInto('event_names').values(names).execute();
      await trx.deleteFrom('events').where('timeline', '=', timeline).where('id', '=', id).execute();
      await redirect(trx, timeline, id, newId, now);
      return event;
    });
  }

  async retiredEvent(timeline: string, id: string): Promise<RetiredEvent | null> {
    const row = await this.db
      .selectFrom('event_history')
      .select('renamed_to')
      .where('timeline', '=', timeline)
      .where('event_id', '=', id)
      .executeTakeFirst();
    if (!row) return null;
    return row.renamed_to === null ? { kind: 'deleted' } : { kind: 'renamed', id: row.renamed_to };
  }

  async createApiToken(input: NewApiToken) {
    const token = parseInput(NewApiTokenInput, input);
    const row = { ...token, created_at: new Date().toISOString(), last_used_at: null };
    try {
      await this.db.insertInto('api_tokens').values(row).execute();
    } catch (error) {
      if (isUniqueViolation(error)) throw new StoreConflictError(`An API token "${token.id}" already exists.`);
      throw error;
    }
    return apiTokenFromRow(row);
  }

  async listApiTokens() {
    const rows = await this.db
      .selectFrom('api_tokens')
      .select(['id', 'name', 'created_at', 'last_used_at'])
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .execute();
    return rows.map(apiTokenFromRow);
  }

  async apiTokenHash(id: string) {
    const row = await this.db.selectFrom('api_tokens').select('hash').where('id', '=', id).executeTakeFirst();
    return row?.hash ?? null;
  }

  async touchApiToken(id: string) {
    const row = await this.db
      .updateTable('api_tokens')
      .set({ last_used_at: new Date().toISOString() })
      .where('id', '=', id)
      .returning(['id', 'name', 'created_at', 'last_used_at'])
      .executeTakeFirst();
    return row ? apiTokenFromRow(row) : null;
  }

  async revokeApiToken(id: string) {
    const result = await this.db.deleteFrom('api_tokens').where('id', '=', id).executeTakeFirst();
    return result.numDeletedRows > 0n;
  }

  async revokeSession(idInput: string, expiresAtInput: string) {
    const { id, expiresAt } = parseInput(RevokedSessionInput, { id: idInput, expiresAt: expiresAtInput });
    await this.db.insertInto('revoked_sessions').values({ id, expires_at: expiresAt }).onConflict((oc) => oc.column('id').doNothing()).execute();
    // Revocations are rare, so pruning here keeps the table at the sessions that could still be used.
    await this.db.deleteFrom('revoked_sessions').where('expires_at', '<=', new Date().toISOString()).execute();
  }

  async isSessionRevoked(id: string) {
    const row = await this.db.selectFrom('revoked_sessions').select('id').where('id', '=', id).executeTakeFirst();
    return row !== undefined;
  }

  async countRequest(scopeInput: string, clientInput: string, windowStartInput: number, windowMsInput: number) {
    const { scope, client, windowStart, windowMs } = parseInput(RequestCountInput, {
      scope: scopeInput,
      client: clientInput,
      windowStart: windowStartInput,
      windowMs: windowMsInput,
    });
    const stored = (column: string) => sql.ref(`request_counts.${column}`);
    // One statement, so concurrent requests from any instance each see a distinct count. In both
    // dialects SET expressions read the row as it was before this update.
    const row = await this.db
      .insertInto('request_counts')
      .values({ scope, client, window_start: windowStart, count: 1, previous_count: 0, expires_ms: windowStart + 2 * windowMs })
      .onConflict((oc) =>
        oc.columns(['scope', 'client']).doUpdateSet({
          count: sql<number>`case when ${stored('window_start')} >= ${windowStart} then ${stored('count')} + 1 else 1 end`,
          previous_count: sql<number>`case
            when ${stored('window_start')} >= ${windowStart} then ${stored('previous_count')}
            when ${stored('window_start')} = ${windowStart - windowMs} then ${stored('count')}
            else 0 end`,
          window_start: sql<number>`case when ${stored('window_start')} > ${windowStart} then ${stored('window_start')} else ${windowStart} end`,
          expires_ms: sql<number>`case when ${stored('expires_ms')} > ${windowStart + 2 * windowMs} then ${stored('expires_ms')} else ${windowStart + 2 * windowMs} end`,
        }),
      )
      .returning(['count', 'previous_count'])
      .executeTakeFirstOrThrow();
    return { count: Number(row.count), previousCount: Number(row.previous_count) };
  }

  async pruneRequestCounts(now: number) {
    const result = await this.db.deleteFrom('request_counts').where('expires_ms', '<=', now).executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  async close() {
    // SQLite's advice for short- and long-lived connections alike: refresh planner statistics on close.
    if (this.kind === 'sqlite') await sql`pragma optimize`.execute(this.db);
    await this.db.destroy();
  }
}

const NewApiTokenInput = ApiToken.pick({ id: true }).extend({
  name: NewApiTokenRequest.shape.name,
  hash: z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 in lower-case hex'),
});

const RevokedSessionInput = z.object({ id: z.string().min(1).max(100), expiresAt: z.iso.datetime() });

const RequestCountInput = z.object({
  scope: z.string().regex(/^[a-z][a-z-]{0,31}$/, 'expected a lower-case route class name'),
  client: z.string().max(200),
  windowStart: z.number().int().nonnegative(),
  windowMs: z.number().int().positive(),
});

// Both databases allow tens of thousands of bound parameters per statement; stay well under.
const EVENT_ROWS_PER_INSERT = 1000;
const NAME_ROWS_PER_INSERT = 4000;
const IDS_PER_SELECT = 1000;

/** Marks the timeline as updated; false if there is no such timeline. */
type Stamp = RawBuilder<string>;

/**
 * The timeline's new `updated_at`: now, or a millisecond after the last one if that is not earlier, so
 * that every write gives the timeline a new version (caches of its pages and files key on it) even when
 * two writes fall in one millisecond or the clock steps back. Written in SQL so that it reads the row
 * it updates, under the write's lock.
 */
function stampAfter(kind: StoreKind, now: string): Stamp {
  const next =
    kind === 'sqlite'
      ? sql<string>`strftime('%Y-%m-%dT%H:%M:%fZ', updated_at, '+0.001 seconds')`
      : sql<string>`to_char((updated_at::timestamptz + interval '1 millisecond') at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
  return sql<string>`case when updated_at < ${now} then ${now} else ${next} end`;
}

async function touchTimeline(trx: Transaction<Database>, slug: string, stamp: Stamp) {
  const result = await trx.updateTable('timelines').set({ updated_at: stamp }).where('slug', '=', slug).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Marks the timeline as updated if it holds the event; false if it does not. Writers lock the timeline
 * row before any event row, always in that order, so two of them cannot deadlock in PostgreSQL.
 */
async function touchTimelineOfEvent(trx: Transaction<Database>, slug: string, eventId: string, stamp: Stamp) {
  const result = await trx
    .updateTable('timelines')
    .set({ updated_at: stamp })
    .where('slug', '=', slug)
    .where((eb) => eb.exists(eb.selectFrom('events').select('id').where('timeline', '=', slug).where('id', '=', eventId)))
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Records what became of an event id: renamed to `renamedTo`, or deleted (null). */
async function retire(trx: Transaction<Database>, timeline: string, id: string, renamedTo: string | null, now: string) {
  await trx
    .insertInto('event_history')
    .values({ timeline, event_id: id, renamed_to: renamedTo, retired_at: now })
    .onConflict((oc) => oc.columns(['timeline', 'event_id']).doUpdateSet({ renamed_to: renamedTo, retired_at: now }))
    .execute();
}

/** Records that event `id` lives on as `newId`: links to it, and to ids already renamed to it, lead to `newId`. */
async function redirect(trx: Transaction<Database>, timeline: string, id: string, newId: string, now: string) {
  // `newId` is live: forget its own past, so that no chain of renames can loop back to it.
  await trx.deleteFrom('event_history').where('timeline', '=', timeline).where('event_id', '=', newId).execute();
  await trx.updateTable('event_history').set({ renamed_to: newId }).where('timeline', '=', timeline).where('renamed_to', '=', id).execute();
  await retire(trx, timeline, id, newId, now);
}

async function loadEvents(trx: Transaction<Database>, timeline: string, ids: string[]) {
  const events = new Map<string, Event>();
  for (const batch of chunks(ids, IDS_PER_SELECT)) {
    const rows = await trx.selectFrom('events').selectAll().where('timeline', '=', timeline).where('id', 'in', batch).execute();
    for (const row of rows) events.set(row.id, eventFromRow(row));
  }
  return events;
}

/**
 * Inserts new events and merges the others into the stored events of the same id (and repeats among
 * themselves), inside the caller's transaction. Returns every event as stored after the write.
 */
/**
 * What each id stands for now: itself, the id it was renamed or merged into, or null if an editor
 * deleted it (directly, or by deleting what it was merged into).
 */
async function liveIds(trx: Transaction<Database>, timeline: string, ids: string[]): Promise<Map<string, string | null>> {
  const live = new Map<string, string | null>(ids.map((id) => [id, id]));
  // Renames point at live ids (see redirect), so a chain is at most a rename then a deletion.
  for (let round = 0, pending = new Set(ids); round < 3 && pending.size > 0; round++) {
    const rows: Array<{ event_id: string; renamed_to: string | null }> = [];
    for (const batch of chunks([...pending], IDS_PER_SELECT)) {
      rows.push(...(await trx.selectFrom('event_history').select(['event_id', 'renamed_to']).where('timeline', '=', timeline).where('event_id', 'in', batch).execute()));
    }
    const next = new Map(rows.map((r) => [r.event_id, r.renamed_to]));
    for (const [id, current] of live) {
      if (current === null || !next.has(current)) continue;
      live.set(id, next.get(current)!);
    }
    pending = new Set(rows.flatMap((r) => (r.renamed_to === null ? [] : [r.renamed_to])));
  }
  return live;
}

/**
 * Extraction never brings back what an editor removed: an extracted event whose id was deleted is
 * dropped, and one whose id was merged or renamed joins the event it became. An event made by hand
 * under a deleted id makes that id live again.
 */
async function respectEdits(trx: Transaction<Database>, timeline: string, incoming: z.infer<typeof NewEvent>[]) {
  const live = await liveIds(trx, timeline, [...new Set(incoming.map((e) => e.id))]);
  const revived = incoming.filter((e) => e.editedByHand && live.get(e.id) !== e.id).map((e) => e.id);
  for (const batch of chunks(revived, IDS_PER_SELECT)) {
    await trx.deleteFrom('event_history').where('timeline', '=', timeline).where('event_id', 'in', batch).execute();
  }
  return incoming.flatMap((e) => {
    if (e.editedByHand) return [e];
    const id = live.get(e.id);
    return id === null || id === undefined ? [] : [{ ...e, id }];
  });
}

async function upsertEvents(trx: Transaction<Database>, timeline: string, extracted: z.infer<typeof NewEvent>[], now: string): Promise<Event[]> {
  const incoming = await respectEdits(trx, timeline, extracted);
  const stored = await loadEvents(trx, timeline, [...new Set(incoming.map((e) => e.id))]);
  const merged = new Map<string, Event>();
  for (const input of incoming) {
    const event: Event = { ...input, timeline, createdAt: now, updatedAt: now };
    const before = merged.get(event.id) ?? stored.get(event.id);
    merged.set(event.id, before ? mergeEvent(before, event) : event);
  }

  const created = [...merged.values()].filter((e) => !stored.has(e.id));
  for (const batch of chunks(created, EVENT_ROWS_PER_INSERT)) {
    await trx.insertInto('events').values(batch.map(eventRow)).execute();
  }
  for (const batch of chunks(created.flatMap(eventNameRows), NAME_ROWS_PER_INSERT)) {
    await trx.insertInto('event_names').values(batch).execute();
  }
  for (const event of merged.values()) {
    if (stored.has(event.id)) await rewriteEvent(trx, event);
  }
  return [...merged.values()];
}

/** Writes every field of a stored event, and its name index rows, from `event`. */
async function rewriteEvent(trx: Transaction<Database>, event: Event) {
  const { timeline, id, ...fields } = eventRow(event);
  await trx.updateTable('events').set(fields).where('timeline', '=', timeline).where('id', '=', id).execute();
  await trx.deleteFrom('event_names').where('timeline', '=', timeline).where('event_id', '=', id).execute();
  const names = eventNameRows(event);
  if (names.length > 0) await trx.insertInto('event_names').values(names).execute();
}

function isUniqueViolation(error: unknown) {
  const code = (error as { code?: unknown } | null)?.code;
  // PostgreSQL's unique_violation; better-sqlite3's extended result codes.
  return code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}
