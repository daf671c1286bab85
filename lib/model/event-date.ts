import { z } from 'zod';

/** How precisely a date is known; also the width of the span an event covers. */
export const GRANULARITIES = ['time', 'day', 'week', 'month', 'quarter', 'season', 'year', 'decade', 'century'] as const;
export const Granularity = z.enum(GRANULARITIES);
export type Granularity = z.infer<typeof Granularity>;

/**
 * An instant as `Date#toISOString()` writes it. Expanded years (`-000044-03-15T...`, `+012345-...`)
 * are allowed so that BC dates and far futures survive a round-trip.
 */
export const Instant = z
  .string()
  .regex(/^(?:\d{4}|[+-]\d{6})-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, 'expected an ISO 8601 UTC instant')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'not a real instant');
export type Instant = z.infer<typeof Instant>;

/** A TIMEX3 value as TimeML writes it: `2024-01-29`, `2024-W06`, `202`, `PAST_REF`, `P2Y`, ... */
export const TimexValue = z.string().min(1).max(64).regex(/^[0-9A-Z_:.+\-]+$/, 'expected a TIMEX3 value');

/** When an event happened: its TIMEX3 value and the inclusive span of instants it covers. */
export const EventDate = z
  .object({
    value: TimexValue,
    start: Instant,
    end: Instant,
    granularity: Granularity,
    approximate: z.boolean().default(false),
  })
  .refine((d) => Date.parse(d.start) <= Date.parse(d.end), { message: 'start must not be after end', path: ['end'] });
export type EventDate = z.infer<typeof EventDate>;
