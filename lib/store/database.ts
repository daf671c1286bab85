import type { ColumnType } from 'kysely';

/** BIGINT: `pg` returns it as a string (it may exceed 2^53), better-sqlite3 as a number. */
type BigIntColumn = ColumnType<number | string, number, number>;

/** SQLite has no boolean type and better-sqlite3 cannot bind one, so flags are 0/1 in both dialects. */
type Flag = 0 | 1;

export interface TimelinesTable {
  slug: string;
  title: string;
  description: string;
  created_at: string;
  updated_at: string;
}

export interface DocumentsTable {
  timeline: string;
  id: string;
  title: string;
  source: string;
  dct_value: string | null;
  dct_source: string;
  dct_reason: string;
  text: string;
  added_at: string;
}

export interface EventsTable {
  timeline: string;
  id: string;
  title: string;
  summary: string;
  date_value: string;
  /** Epoch milliseconds; the ISO instants are derived from these so the two never disagree. */
  start_ms: BigIntColumn;
  end_ms: BigIntColumn;
  /** end_ms - start_ms: its per-timeline maximum bounds how early an event overlapping a window can start. */
  span_ms: BigIntColumn;
  granularity: string;
  approximate: Flag;
  confidence: number;
  edited_by_hand: Flag;
  /** JSON arrays. */
  people: string;
  places: string;
  organizations: string;
  tags: string;
  mentions: string;
  /** Lower-cased title, summary, sentences and names, for the `q` filter. */
  search_text: string;
  created_at: string;
  updated_at: string;
}

export type NameKind = 'person' | 'place' | 'organization' | 'tag';

/** One row per (event, kind, lower-cased name), so name filters are index lookups. */
export interface EventNamesTable {
  timeline: string;
  event_id: string;
  kind: NameKind;
  name_lower: string;
}

export interface ApiTokensTable {
  id: string;
  name: string;
  hash: string;
  created_at: string;
  last_used_at: string | null;
}

/** One row per event id that was renamed or deleted. */
export interface EventHistoryTable {
  timeline: string;
  event_id: string;
  /** The id it now goes by; null if the event was deleted. */
  renamed_to: string | null;
  retired_at: string;
}

/** A signed-out session id, remembered until the session would have expired anyway. */
export interface RevokedSessionsTable {
  id: string;
  expires_at: string;
}

/** Requests one client made to one route class in the current window and in the window before it. */
export interface RequestCountsTable {
  scope: string;
  client: string;
  /** Epoch milliseconds. */
  window_start: BigIntColumn;
  count: number;
  previous_count: number;
  expires_ms: BigIntColumn;
}

export interface Database {
  timelines: TimelinesTable;
  documents: DocumentsTable;
  events: EventsTable;
  event_names: EventNamesTable;
  api_tokens: ApiTokensTable;
  event_history: EventHistoryTable;
  revoked_sessions: RevokedSessionsTable;
  request_counts: RequestCountsTable;
}
