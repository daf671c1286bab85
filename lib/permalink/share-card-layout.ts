import type { Event } from '@/lib/model';
import { baseScale } from '@/lib/timeline/scale';
import { markSpan } from '@/lib/timeline/span-geometry';

/** One event on the share image's small timeline, in pixels along it. */
export interface CardMark {
  x: number;
  /** 0 for a point; the drawn length of a period. */
  length: number;
  selected: boolean;
}

export interface CardTimeline {
  marks: CardMark[];
  ticks: { x: number; label: string }[];
}

/**
 * The small timeline on an event's share image: the events in `window` along `length` pixels, the shared
 * event last so it is drawn on top, and a handful of labelled ticks.
 */
export function cardTimeline(events: readonly Event[], selectedId: string, window: { from: number; to: number }, length: number): CardTimeline {
  const scale = baseScale([window.from, window.to], length);
  const marks: CardMark[] = [];
  let selected: CardMark | undefined;
  for (const event of events) {
    const span = markSpan(event.date);
    if (span.end < window.from || span.start > window.to) continue;
    const x0 = Math.max(0, scale(new Date(span.start)));
    const x1 = Math.min(length, scale(new Date(span.end)));
    const mark = { x: x0, length: span.kind === 'point' ? 0 : Math.max(2, x1 - x0), selected: event.id === selectedId };
    if (mark.selected) selected = mark;
    else marks.push(mark);
  }
  if (selected) marks.push(selected);
  const format = scale.tickFormat();
  const ticks = scale.ticks(5).map((d) => ({ x: scale(d), label: format(d) }));
  return { marks, ticks };
}
