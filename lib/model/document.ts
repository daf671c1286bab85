import { z } from 'zod';
import { Instant } from './event-date';
import { Slug } from './timeline';

export const DOCUMENT_MAX_CHARS = 10_000_000;

/** Where a document's publication date (DCT) came from. */
export const DctSource = z.enum(['given', 'inferred', 'none']);
export type DctSource = z.infer<typeof DctSource>;

/** A calendar day, `YYYY-MM-DD`, that exists. */
export const CalendarDay = z.iso.date();

export const Dct = z.object({
  value: CalendarDay.nullable(),
  source: DctSource,
  reason: z.string().max(500).default(''),
});
export type Dct = z.infer<typeof Dct>;

export const DocumentId = z.string().min(1).max(120).regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'expected letters, digits, ".", "_" or "-"');

export const Document = z.object({
  id: DocumentId,
  timeline: Slug,
  title: z.string().max(300).default(''),
  source: z.string().max(2000).default(''),
  dct: Dct,
  text: z.string().max(DOCUMENT_MAX_CHARS),
  addedAt: Instant,
});
export type Document = z.infer<typeof Document>;

export const NewDocument = Document.omit({ addedAt: true, timeline: true });
export type NewDocument = z.input<typeof NewDocument>;
