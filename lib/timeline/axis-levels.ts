import { utcDay, utcHour, utcMonday, utcMonth, type TimeInterval } from 'd3-time';
import type { TimeScale } from './scale';
import { eraYears } from './era-years';
import { formatUtc } from './format-utc';
import { yearLabel } from './year-label';

export interface AxisTick {
  ms: number;
  /** Pixel position along the time axis. */
  pos: number;
  label: string;
}

/** A two-level axis: fine ticks (`minor`, e.g. months) over the periods that hold them (`major`, e.g. years). */
export interface AxisLevels {
  unit: 'hour' | 'day' | 'week' | 'month' | 'year';
  minor: AxisTick[];
  major: AxisTick[];
}

/** How long a label is along the time axis, in pixels (its width across, or its line height down). */
export type MeasureLabel = (label: string) => number;

interface Level {
  unit: AxisLevels['unit'];
  minor: TimeInterval;
  /** Typical length of one minor step, to judge whether its labels fit. */
  stepMs: number;
  minorLabel: (ms: number) => string;
  /** The longest label this level writes, to judge fit before generating ticks. */
  sample: string;
  major: TimeInterval;
  majorLabel: (ms: number) => string;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const YEAR = 365.2425 * DAY;

const fmt = (pattern: string) => (ms: number) => formatUtc(ms, pattern);
const year = (ms: number) => yearLabel(new Date(ms).getUTCFullYear());
const monthYear = (ms: number) => `${fmt('MMM')(ms)} ${year(ms)}`;
const dayMonthYear = (ms: number) => `${fmt('d MMM')(ms)} ${year(ms)}`;
/** "1990s" for a period that starts in a CE year; BCE periods are named by their first year. */
const period = (ms: number) => {
  const y = new Date(ms).getUTCFullYear();
  return y > 0 ? `${y}s` : yearLabel(y);
};

function hourLevel(n: number): Level {
  return { unit: 'hour', minor: utcHour.every(n)!, stepMs: n * HOUR, minorLabel: fmt('HH:mm'), sample: '00:00', major: utcDay, majorLabel: dayMonthYear };
}
function dayLevel(n: number): Level {
  return { unit: 'day', minor: utcDay.every(n)!, stepMs: n * DAY, minorLabel: fmt('d'), sample: '30', major: utcMonth, majorLabel: monthYear };
}
function monthLevel(n: number): Level {
  return { unit: 'month', minor: utcMonth.every(n)!, stepMs: n * 30.4 * DAY, minorLabel: fmt('MMM'), sample: 'May', major: eraYears(1), majorLabel: year };
}
function yearLevel(n: number): Level {
  const majorStep = n < 2 ? 10 : n < 10 ? 100 : n * 10;
  return { unit: 'year', minor: eraYears(n), stepMs: n * YEAR, minorLabel: year, sample: n >= 1000 ? '10000 BCE' : '0000', major: eraYears(majorStep), majorLabel: period };
}

/** Candidate levels from finest to coarsest; the first whose labels fit wins. */
const LADDER: Level[] = [
  ...[1, 3, 6, 12].map(hourLevel),
  ...[1, 2].map(dayLevel),
  { unit: 'week', minor: utcMonday, stepMs: 7 * DAY, minorLabel: fmt('d'), sample: '30', major: utcMonth, majorLabel: monthYear },
  ...[1, 3].map(monthLevel),
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000, 100000].map(yearLevel),
];

/** Keeps ticks in order, dropping any whose label would touch the label kept before it. */
export function withoutOverlaps(ticks: AxisTick[], measure: MeasureLabel, gap: number): AxisTick[] {
  const kept: AxisTick[] = [];
  let freeFrom = -Infinity;
  for (const tick of ticks) {
    if (tick.pos < freeFrom) continue;
    kept.push(tick);
    freeFrom = tick.pos + measure(tick.label) + gap;
  }
  return kept;
}

/**
 * Picks the finest two-level axis whose minor labels fit between their ticks at this scale,
 * and returns its ticks with every overlapping label dropped. Major labels stick to the start of
 * the view so the year (or month) in view is always named. Major labels may be measured differently
 * (a vertical axis writes them along the axis, so their width counts, not their height).
 */
export function axisLevels(scale: TimeScale, measure: MeasureLabel, gap = 8, measureMajor: MeasureLabel = measure): AxisLevels {
  const [r0, r1] = scale.range();
  const [d0, d1] = scale.domain().map(Number);
  const pxPerMs = Math.abs(r1 - r0) / Math.max(d1 - d0, 1);
  const level = LADDER.find((l) => l.stepMs * pxPerMs >= measure(l.sample) + gap) ?? LADDER[LADDER.length - 1];
  const start = new Date(d0);
  const stop = new Date(d1);
  const tick = (label: (ms: number) => string) => (date: Date) => ({ ms: +date, pos: scale(date), label: label(+date) });

  const minor = withoutOverlaps(level.minor.range(start, stop).map(tick(level.minorLabel)), measure, gap);
  const majors = [level.major.floor(new Date(d0)), ...level.major.range(start, stop)]
    .filter((d, i, all) => i === 0 || +d !== +all[i - 1])
    .map(tick(level.majorLabel))
    .map((t) => ({ ...t, pos: Math.max(t.pos, Math.min(r0, r1)) }));
  // The sticky first label gives way to a real period boundary that would collide with it.
  if (majors.length > 1 && majors[1].pos < majors[0].pos + measureMajor(majors[0].label) + gap) majors.shift();
  return { unit: level.unit, minor, major: withoutOverlaps(majors, measureMajor, gap) };
}
