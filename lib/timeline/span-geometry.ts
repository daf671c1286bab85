import type { EventDate, Granularity } from '@/lib/model';

/** How an event is drawn: a dot for a moment or day, a span for a whole period, a bar for a range of periods. */
export type MarkKind = 'point' | 'span' | 'range';

export interface MarkSpan {
  kind: MarkKind;
  /** Where the mark starts and ends on the time axis, in ms; equal for points. */
  start: number;
  end: number;
  approximate: boolean;
}

const DAY = 86_400_000;
/** The longest one period of each granularity can be; a date longer than this is a range of periods. */
const PERIOD_MS: Record<Granularity, number> = {
  time: DAY,
  day: DAY,
  week: 7 * DAY,
  month: 31 * DAY,
  quarter: 92 * DAY,
  season: 92 * DAY,
  year: 366 * DAY,
  decade: 3653 * DAY,
  century: 36525 * DAY,
};

/** The mark for an event date: points sit at the instant (time) or mid-day (day); periods span start to end. */
export function markSpan(date: Pick<EventDate, 'start' | 'end' | 'granularity'> & { approximate?: boolean }): MarkSpan {
  const start = Date.parse(date.start);
  // An inclusive end like 23:59:59.999 covers its last millisecond too.
  const end = Date.parse(date.end) + 1;
  const approximate = date.approximate ?? false;
  if (end - start > PERIOD_MS[date.granularity] + 1) return { kind: 'range', start, end, approximate };
  if (date.granularity === 'time') return { kind: 'point', start, end: start, approximate };
  if (date.granularity === 'day') return { kind: 'point', start: start + DAY / 2, end: start + DAY / 2, approximate };
  return { kind: 'span', start, end, approximate };
}

export interface MarkPixels {
  /** Start and end along the time axis; a span is never thinner than `minLength`. */
  t0: number;
  t1: number;
}

/** Pixel extent of a mark on a scale, widening spans too thin to see around their middle. */
export function markPixels(span: MarkSpan, scale: (ms: number) => number, minLength = 3): MarkPixels {
  const t0 = scale(span.start);
  if (span.kind === 'point') return { t0, t1: t0 };
  const t1 = scale(span.end);
  if (t1 - t0 >= minLength) return { t0, t1 };
  const mid = (t0 + t1) / 2;
  return { t0: mid - minLength / 2, t1: mid + minLength / 2 };
}
