import type { Insertable, Selectable } from 'kysely';
import type { ApiToken, DctSource, Document, Event, Granularity, Mention, NewDocument, Timeline } from '../model';
import type { ApiTokensTable, DocumentsTable, EventNamesTable, EventsTable, NameKind, TimelinesTable } from './database';

// The one place where database records become the app's types and back.

export type NewDocumentInput = ReturnType<typeof NewDocument.parse>;

const iso = (ms: number | string) => new Date(Number(ms)).toISOString();

export function timelineFromRow(row: Selectable<TimelinesTable>): Timeline {
  return {
    slug: row.slug,
    title: row.title,
    description: row.description,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function documentRow(timeline: string, document: NewDocumentInput, addedAt: string): Selectable<DocumentsTable> {
  return {
    timeline,
    id: document.id,
    title: document.title,
    source: document.source,
    dct_value: document.dct.value,
    dct_source: document.dct.source,
    dct_reason: document.dct.reason,
    text: document.text,
    added_at: addedAt,
  };
}

/** A document as listed, without its text (which may run to megabytes). */
export function documentMetaFromRow(row: Omit<Selectable<DocumentsTable>, 'text'>): Omit<Document, 'text'> {
  return {
    id: row.id,
    timeline: row.timeline,
    title: row.title,
    source: row.source,
    dct: { value: row.dct_value, source: row.dct_source as DctSource, reason: row.dct_reason },
    addedAt: row.added_at,
  };
}

export function documentFromRow(row: Selectable<DocumentsTable>): Document {
  return { ...documentMetaFromRow(row), text: row.text };
}

export function eventRow(event: Event): Insertable<EventsTable> {
  const startMs = Date.parse(event.date.start);
  const endMs = Date.parse(event.date.end);
  return {
    timeline: event.timeline,
    id: event.id,
    title: event.title,
    summary: event.summary,
    date_value: event.date.value,
    start_ms: startMs,
    end_ms: endMs,
    span_ms: endMs - startMs,
    granularity: event.date.granularity,
    approximate: event.date.approximate ? 1 : 0,
    confidence: event.confidence,
    edited_by_hand: event.editedByHand ? 1 : 0,
    people: JSON.stringify(event.people),
    places: JSON.stringify(event.places),
    organizations: JSON.stringify(event.organizations),
    tags: JSON.stringify(event.tags),
    mentions: JSON.stringify(event.mentions),
    search_text: searchText(event),
    created_at: event.createdAt,
    updated_at: event.updatedAt,
  };
}

export function eventFromRow(row: Selectable<EventsTable>): Event {
  return {
    id: row.id,
    timeline: row.timeline,
    title: row.title,
    summary: row.summary,
    date: {
      value: row.date_value,
      start: iso(row.start_ms),
      end: iso(row.end_ms),
      granularity: row.granularity as Granularity,
      approximate: row.approximate === 1,
    },
    mentions: JSON.parse(row.mentions) as Mention[],
    people: JSON.parse(row.people) as string[],
    places: JSON.parse(row.places) as string[],
    organizations: JSON.parse(row.organizations) as string[],
    tags: JSON.parse(row.tags) as string[],
    // `pg` may hand back numeric columns as strings.
    confidence: Number(row.confidence),
    editedByHand: row.edited_by_hand === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const NAME_FIELDS = { person: 'people', place: 'places', organization: 'organizations', tag: 'tags' } as const satisfies Record<
  NameKind,
  keyof Event
>;

/** The index rows behind the person/place/organization/tag filters; one per distinct lower-cased name. */
export function eventNameRows(event: Event): Insertable<EventNamesTable>[] {
  return (Object.keys(NAME_FIELDS) as NameKind[]).flatMap((kind) =>
    [...new Set(event[NAME_FIELDS[kind]].map((name) => name.toLowerCase()))].map((name_lower) => ({
      timeline: event.timeline,
      event_id: event.id,
      kind,
      name_lower,
    })),
  );
}

/** What `q` searches: one line per field, so a match cannot straddle two fields unless `q` holds a newline. */
function searchText(event: Event): string {
  return [
    event.title,
    event.summary,
    ...event.mentions.map((m) => m.sentence),
    ...event.people,
    ...event.places,
    ...event.organizations,
    ...event.tags,
  ]
    .join('\n')
    .toLowerCase();
}

export function apiTokenFromRow(row: Pick<Selectable<ApiTokensTable>, 'id' | 'name' | 'created_at' | 'last_used_at'>): ApiToken {
  return { id: row.id, name: row.name, createdAt: row.created_at, lastUsedAt: row.last_used_at };
}
