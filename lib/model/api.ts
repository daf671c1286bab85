import { z } from 'zod';
import { Instant } from './event-date';
import { Slug, Timeline, TimelineSummary } from './timeline';
import { CalendarDay, Dct, Document, DocumentId } from './document';
import { Event, EventId, NewEvent } from './event';

/** Every API error has this shape, whatever the status. */
export const ERROR_CODES = [
  'invalid_request',
  'unauthorized',
  'forbidden',
  'not_found',
  'method_not_allowed',
  'conflict',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  'internal_error',
  'unavailable',
  'timeout',
] as const;
export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ApiErrorBody = z.object({
  error: z.object({
    code: ErrorCode,
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

/** An `Instant`, or a calendar day taken as its first instant (`2024-01-29` -> `2024-01-29T00:00:00.000Z`). */
const InstantOrDay = z.union([Instant, CalendarDay.transform((day) => `${day}T00:00:00.000Z`)]);

/** Query string of `GET /api/timelines/{slug}`: filters and a page of events. Unknown parameters are refused, so typos show. */
export const EventListQuery = z
  .object({
    from: InstantOrDay.optional(),
    to: InstantOrDay.optional(),
    q: z.string().max(500).optional(),
    person: z.string().max(200).optional(),
    place: z.string().max(200).optional(),
    organization: z.string().max(200).optional(),
    tag: z.string().max(200).optional(),
    minConfidence: z.coerce.number().min(0).max(1).optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(200),
    /** The `next` cursor of the previous page. */
    cursor: z.string().max(500).optional(),
  })
  .strict();
export type EventListQuery = z.infer<typeof EventListQuery>;

export const TimelineList = z.object({ timelines: z.array(TimelineSummary) });

export const TimelinePage = z.object({
  timeline: Timeline,
  events: z.array(Event),
  /** Cursor for the next page (`?cursor=`), or null on the last page. */
  next: z.string().nullable(),
});
export type TimelinePage = z.infer<typeof TimelinePage>;

export const EventResponse = z.object({ event: Event });

/** Body of `POST /api/extract`: try the extractor on a text; nothing is stored. */
/** The longest text one request may extract from (UTF-16 code units); longer archives go through `npm run ingest`. */
export const EXTRACT_MAX_CHARS = 500_000;

export const ExtractRequest = z
  .object({
    text: z.string().min(1).max(EXTRACT_MAX_CHARS),
    /** Publication date; without it the extractor infers one from the text. */
    dct: CalendarDay.optional(),
    title: z.string().max(300).optional(),
  })
  .strict();
export type ExtractRequest = z.infer<typeof ExtractRequest>;

/** One temporal expression as the tagger reports it (lib/extract/types.ts `Timex`). */
export const TimexOut = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  type: z.enum(['DATE', 'TIME', 'DURATION', 'SET']),
  value: z.string(),
  mod: z.string().optional(),
});

export const ExtractResponse = z.object({
  dct: Dct,
  timexes: z.array(TimexOut),
  events: z.array(NewEvent),
});
export type ExtractResponse = z.infer<typeof ExtractResponse>;

/**
 * Body of `POST /api/timelines/{slug}/documents`: an article; its events are extracted and stored with it,
 * or, when `events` is given (as an editor reviewed them), those are stored instead.
 */
export const AddDocumentRequest = z
  .object({
    /** Defaults to a slug of the title, or a hash of the text. */
    id: DocumentId.optional(),
    title: z.string().max(300).default(''),
    source: z.string().max(2000).default(''),
    dct: CalendarDay.optional(),
    text: z.string().min(1).max(1_000_000),
    /** Reviewed events of this text; their mentions' offsets point into `text`. */
    events: z.array(NewEvent).max(10_000).optional(),
  })
  .strict();
export type AddDocumentRequest = z.infer<typeof AddDocumentRequest>;

/** Body of `POST /api/timelines/{slug}/events`: an event an editor adds by hand; its id is made from its date and title unless given. */
export const AddEventRequest = NewEvent.omit({ id: true, mentions: true })
  .extend({ id: EventId.optional(), confidence: NewEvent.shape.confidence.default(1) })
  .strict();
export type AddEventRequest = z.infer<typeof AddEventRequest>;

/** Answer of `POST /api/uploads`: an uploaded article file read to its text; nothing is stored. */
export const ReadUploadResponse = z.object({ name: z.string(), title: z.string(), text: z.string() });
export type ReadUploadResponse = z.infer<typeof ReadUploadResponse>;

/** Answer of `POST /api/timelines/{slug}/documents/{documentId}/reextract`: how many events the article now gives. */
export const ReextractResponse = z.object({ events: z.number().int().nonnegative() });

export const AddDocumentResponse = z.object({
  document: Document.omit({ text: true }),
  events: z.array(Event),
});

/** Body of `POST /api/timelines/{slug}/events/{eventId}/merge`: fold these events into the addressed one. */
export const MergeEventsRequest = z
  .object({ from: z.array(EventId).min(1).max(100) })
  .strict();
export type MergeEventsRequest = z.infer<typeof MergeEventsRequest>;

export const EXPORT_FORMATS = ['json', 'csv', 'ics', 'timelinejs'] as const;
export const ExportFormat = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormat>;

export const ExportQuery = z.object({ format: ExportFormat.default('json') }).strict();

export const IMPORT_FORMATS = ['json', 'timelinejs', 'sheet'] as const;
/** `json`: our export; `timelinejs`: TimelineJS JSON; `sheet`: the TimelineJS Google-Sheets template as CSV. */
export const ImportFormat = z.enum(IMPORT_FORMATS);
export type ImportFormat = z.infer<typeof ImportFormat>;

export const ImportQuery = z
  .object({
    format: ImportFormat,
    /** Slug for the new timeline; required unless the file names one (our JSON does). */
    slug: Slug.optional(),
    title: z.string().trim().min(1).max(200).optional(),
  })
  .strict();
export type ImportQuery = z.infer<typeof ImportQuery>;

export const ImportResponse = z.object({
  timeline: Timeline,
  documents: z.number().int(),
  events: z.number().int(),
});

/** Body of `POST /api/auth/sign-in`: a one-time link token or the admin password. */
export const SignInRequest = z.union([
  z.object({ token: z.string().min(1).max(200) }).strict(),
  z.object({ password: z.string().min(1).max(500) }).strict(),
]);
export type SignInRequest = z.infer<typeof SignInRequest>;

export const SessionInfo = z.object({ editor: z.boolean(), expiresAt: Instant.nullable() });

export const ApiTokenId = z.string().regex(/^[a-z0-9]{12}$/, 'expected a token id');

export const ApiToken = z.object({
  id: ApiTokenId,
  name: z.string(),
  createdAt: Instant,
  lastUsedAt: Instant.nullable(),
});
export type ApiToken = z.infer<typeof ApiToken>;

export const NewApiTokenRequest = z.object({ name: z.string().trim().min(1).max(100) }).strict();

/** The token itself is shown once, here; the store keeps only its hash. */
export const NewApiTokenResponse = z.object({ token: z.string(), apiToken: ApiToken });

export const ApiTokenList = z.object({ tokens: z.array(ApiToken) });

/** Our own export format, versioned so later readers can tell what they hold. */
export const TIMELINE_EXPORT_VERSION = 1;
export const TimelineExport = z.object({
  format: z.literal('timeline'),
  version: z.literal(TIMELINE_EXPORT_VERSION),
  timeline: Timeline,
  documents: z.array(Document),
  events: z.array(Event),
});
export type TimelineExport = z.infer<typeof TimelineExport>;
