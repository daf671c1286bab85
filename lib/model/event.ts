import { z } from 'zod';
import { EventDate, Instant } from './event-date';
import { DocumentId } from './document';
import { Slug } from './timeline';

/** Event ids read like `2024-01-29-king-charles-leaves-the-london-clinic`; same rules as slugs. */
export const EventId = Slug;

/** Where an event is told: the sentence, and the date words inside it, as UTF-16 offsets into the document. */
export const Mention = z
  .object({
    documentId: DocumentId,
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    timexStart: z.number().int().nonnegative(),
    timexEnd: z.number().int().nonnegative(),
    sentence: z.string().max(10_000),
  })
  .refine((m) => m.start <= m.timexStart && m.timexStart <= m.timexEnd && m.timexEnd <= m.end, {
    message: 'the timex must lie inside the sentence',
  });
export type Mention = z.infer<typeof Mention>;

const names = z.array(z.string().trim().min(1).max(200)).max(200).default([]);

export const Event = z.object({
  id: EventId,
  timeline: Slug,
  title: z.string().trim().min(1).max(200),
  summary: z.string().max(5000).default(''),
  date: EventDate,
  mentions: z.array(Mention).default([]),
  people: names,
  places: names,
  organizations: names,
  tags: names,
  confidence: z.number().min(0).max(1),
  editedByHand: z.boolean().default(false),
  createdAt: Instant,
  updatedAt: Instant,
});
export type Event = z.infer<typeof Event>;

/** An event before the store has placed it on a timeline and stamped it. */
export const NewEvent = Event.omit({ timeline: true, createdAt: true, updatedAt: true });
export type NewEvent = z.input<typeof NewEvent>;

/** What an editor may change; the id never changes once published. */
export const EventPatch = Event.pick({
  title: true,
  summary: true,
  date: true,
  people: true,
  places: true,
  organizations: true,
  tags: true,
  confidence: true,
  mentions: true,
  editedByHand: true,
}).partial();
export type EventPatch = z.input<typeof EventPatch>;

/** Which events of a timeline to list. Dates are instants; an event matches if its span overlaps [from, to]. */
export const EventFilter = z.object({
  from: Instant.optional(),
  to: Instant.optional(),
  person: z.string().max(200).optional(),
  place: z.string().max(200).optional(),
  organization: z.string().max(200).optional(),
  tag: z.string().max(200).optional(),
  q: z.string().max(500).optional(),
  minConfidence: z.number().min(0).max(1).optional(),
  limit: z.number().int().min(1).max(100_000).optional(),
  /** Opaque cursor from a previous page. */
  after: z.string().max(500).optional(),
});
export type EventFilter = z.infer<typeof EventFilter>;
