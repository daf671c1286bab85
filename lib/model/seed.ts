import { z } from 'zod';
import { NewTimeline } from './timeline';
import { NewDocument } from './document';

/** A seed manifest in data/seed/: a timeline and the article in data/articles/ it is extracted from (by path). */
export const SeedFile = z.object({
  timeline: NewTimeline,
  document: NewDocument.omit({ text: true }).extend({ source: z.string().min(1) }),
});
export type SeedFile = z.infer<typeof SeedFile>;
