import type {
  ApiToken,
  Document,
  Event,
  EventFilter,
  EventPatch,
  NewDocument,
  NewEvent,
  NewTimeline,
  Timeline,
  TimelinePatch,
  TimelineSummary,
} from '../model';

/** What the store keeps of a new API token: never the token itself, only a hash of it. */
export interface NewApiToken {
  id: string;
  name: string;
  /** SHA-256 of the whole token, lower-case hex. */
  hash: string;
}

/** What became of an event id that no longer names an event: renamed (to `id`, followed to the latest) or deleted. */
export type RetiredEvent = { kind: 'renamed'; id: string } | { kind: 'deleted' };

/** One client's requests to one route class: in the window `countRequest` was given, and in the window before. */
export interface RequestCounts {
  count: number;
  previousCount: number;
}

/** A page of events in time order; `next` is the cursor for the following page, if any. */
export interface EventPage {
  events: Event[];
  next: string | null;
}

/**
 * The one interface the app talks to. Every backend (SQLite, PostgreSQL) implements it and passes
 * the shared contract suite in tests/store. Unknown slugs and ids give `null`/`false`, never throw.
 */
export interface Store {
  /** Which backend this is, for logs and benchmark labels. */
  readonly kind: 'sqlite' | 'postgres';

  createTimeline(input: NewTimeline): Promise<Timeline>;
  getTimeline(slug: string): Promise<Timeline | null>;
  /** Every timeline with its event count and date range, most recently updated first. */
  listTimelines(): Promise<TimelineSummary[]>;
  updateTimeline(slug: string, patch: TimelinePatch): Promise<Timeline | null>;
  /** Removes the timeline with its documents and events. */
  deleteTimeline(slug: string): Promise<boolean>;

  /**
   * Adds a document and its events to a timeline in one transaction: all of it or none of it.
   * An event whose id already exists on the timeline is merged (its mentions and names added to),
   * except that fields of an event edited by hand are never overwritten. Extracted events never bring
   * back an id an editor deleted, and join the event an id was merged or renamed into.
   */
  addDocument(timeline: string, document: NewDocument, events: NewEvent[]): Promise<{ document: Document; events: Event[] }>;
  /** Adds several documents with their events, in order, as addDocument adds one, all in one transaction. */
  addDocuments(timeline: string, batch: { document: NewDocument; events: NewEvent[] }[]): Promise<{ document: Document; events: Event[] }[]>;
  getDocument(timeline: string, id: string): Promise<Document | null>;
  listDocuments(timeline: string): Promise<Omit<Document, 'text'>[]>;

  /** Adds events that no new document brings (made by hand, or extracted again), merged as addDocument merges them. */
  addEvents(timeline: string, events: NewEvent[]): Promise<Event[]>;
  /**
   * Folds the source events into the target in one transaction: the target keeps its wording and date and
   * gains their mentions, names and tags, and counts as edited by hand; the sources are deleted, their ids
   * retired as renamed to the target.
   * Null when the timeline or the target is unknown; an unknown source throws StoreNotFoundError.
   */
  mergeEvents(timeline: string, targetId: string, sourceIds: string[]): Promise<Event | null>;
  getEvent(timeline: string, id: string): Promise<Event | null>;
  /** Events in order of start, then id; filters combine with AND. */
  listEvents(timeline: string, filter?: EventFilter): Promise<EventPage>;
  updateEvent(timeline: string, id: string, patch: EventPatch): Promise<Event | null>;
  /** Deletes the event and remembers that its id was deleted (see retiredEvent). */
  deleteEvent(timeline: string, id: string): Promise<boolean>;
  /**
   * Gives an event a new id and remembers the old one as renamed, so old links can redirect.
   * Null if there is no such event; StoreConflictError if `newId` names another event.
   */
  renameEvent(timeline: string, id: string, newId: string): Promise<Event | null>;
  /** What became of an id that was renamed or deleted; null if it never was. */
  retiredEvent(timeline: string, id: string): Promise<RetiredEvent | null>;

  /** Throws StoreConflictError if the id is taken. */
  createApiToken(input: NewApiToken): Promise<ApiToken>;
  /** Every token, newest first (without hashes). */
  listApiTokens(): Promise<ApiToken[]>;
  /** The stored hash to check a presented token against; null if no such token (or revoked). */
  apiTokenHash(id: string): Promise<string | null>;
  /** Records that the token was just used; null if no such token. */
  touchApiToken(id: string): Promise<ApiToken | null>;
  /** Deletes the token, so it no longer verifies; false if there was none. */
  revokeApiToken(id: string): Promise<boolean>;

  /**
   * Remembers that the session `id` was signed out, until `expiresAt` (when its cookie dies anyway);
   * forgets sessions revoked earlier that have expired since.
   */
  revokeSession(id: string, expiresAt: string): Promise<void>;
  isSessionRevoked(id: string): Promise<boolean>;

  /**
   * Counts one request by `client` to the route class `scope` in the fixed window starting at
   * `windowStart` (epoch ms, a multiple of `windowMs`), atomically across every connection to the store.
   * A window older than the stored one counts in the stored one, so instances whose clocks disagree a
   * little never reset a client's count.
   */
  countRequest(scope: string, client: string, windowStart: number, windowMs: number): Promise<RequestCounts>;
  /** Forgets counts whose windows ended more than a window before `now` (epoch ms); returns how many. */
  pruneRequestCounts(now: number): Promise<number>;

  close(): Promise<void>;
}
