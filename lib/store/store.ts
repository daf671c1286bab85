import type {
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
   * except that fields of an event edited by hand are never overwritten.
   */
  addDocument(timeline: string, document: NewDocument, events: NewEvent[]): Promise<{ document: Document; events: Event[] }>;
  getDocument(timeline: string, id: string): Promise<Document | null>;
  listDocuments(timeline: string): Promise<Omit<Document, 'text'>[]>;

  getEvent(timeline: string, id: string): Promise<Event | null>;
  /** Events in order of start, then id; filters combine with AND. */
  listEvents(timeline: string, filter?: EventFilter): Promise<EventPage>;
  updateEvent(timeline: string, id: string, patch: EventPatch): Promise<Event | null>;
  deleteEvent(timeline: string, id: string): Promise<boolean>;

  close(): Promise<void>;
}
