import { z } from 'zod';
import { NewTimeline } from './timeline';
import { NewDocument } from './document';
import { NewEvent } from './event';

/** A hand-checked seed dataset in data/seed/: a timeline, the article it came from (by path), its events. */
export const SeedFile = z.object({
  timeline: NewTimeline,
  document: NewDocument.omit({ text: true }).extend({ source: z.string().min(1) }),
  events: z.array(NewEvent),
});
export type SeedFile = z.infer<typeof SeedFile>;
