import { z } from 'zod';
import { Instant } from './event-date';

/** URL-safe identifiers: lower-case words joined by single hyphens. Also keeps `../` out of paths. */
export const Slug = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected lower-case letters, digits and single hyphens');
export type Slug = z.infer<typeof Slug>;

export const Timeline = z.object({
  slug: Slug,
  title: z.string().trim().min(1).max(200),
  description: z.string().max(5000).default(''),
  createdAt: Instant,
  updatedAt: Instant,
});
export type Timeline = z.infer<typeof Timeline>;

/** A timeline as listed: with how many events it holds and the span they cover. */
export const TimelineSummary = Timeline.extend({
  eventCount: z.number().int().nonnegative(),
  start: Instant.nullable(),
  end: Instant.nullable(),
});
export type TimelineSummary = z.infer<typeof TimelineSummary>;

export const NewTimeline = Timeline.pick({ slug: true, title: true, description: true });
export type NewTimeline = z.input<typeof NewTimeline>;

export const TimelinePatch = Timeline.pick({ title: true, description: true }).partial();
export type TimelinePatch = z.infer<typeof TimelinePatch>;
