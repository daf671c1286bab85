import { z } from 'zod';
import { CalendarDay, DOCUMENT_MAX_CHARS, DocumentId } from './document';

/** One line of `extract --jsonl` input: a document to extract events from. */
export const JsonlDocument = z.object({
  id: DocumentId,
  text: z.string().max(DOCUMENT_MAX_CHARS),
  /** Publication date; inferred from the text when absent. */
  dct: CalendarDay.nullish(),
  title: z.string().max(300).optional(),
  source: z.string().max(2000).optional(),
});
export type JsonlDocument = z.infer<typeof JsonlDocument>;
