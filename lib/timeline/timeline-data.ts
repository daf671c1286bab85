import type { Event, EventFilter } from '@/lib/model';
import { indexInOrder, startOrder, type EventIndex } from './event-index';
import { markSpan, type MarkKind } from './span-geometry';

/** The filters a reader can apply by clicking a name in the details panel. */
export type NameFilter = Pick<EventFilter, 'person' | 'place' | 'organization' | 'tag'>;

export const MARK_KINDS: readonly MarkKind[] = ['point', 'span', 'range'];

/**
 * Everything a frame needs about a set of events, computed once per data update: each event's mark as
 * numbers (typed arrays, by event number) and the events in start order, indexed.
 */
export interface TimelineData {
  events: readonly Event[];
  markStart: Float64Array;
  markEnd: Float64Array;
  /** Index into MARK_KINDS. */
  kind: Uint8Array;
  approximate: Uint8Array;
  index: EventIndex;
  /** Earliest mark start and latest mark end; [0, 0] when empty. */
  extent: [number, number];
  /** Event number of each event object, to reuse this work when a filter keeps a subset. */
  numberOf: Map<Event, number>;
}

/** Whether an event passes a name filter. */
export function matchesFilter(event: Event, filter: NameFilter): boolean {
  return (
    (!filter.person || event.people.includes(filter.person)) &&
    (!filter.place || event.places.includes(filter.place)) &&
    (!filter.organization || event.organizations.includes(filter.organization)) &&
    (!filter.tag || event.tags.includes(filter.tag))
  );
}

/**
 * Builds the frame data for `events`. Given the previous data, marks of events seen before are copied
 * rather than parsed again, and when every event was seen before (a filter, a removal) the start order is
 * taken from the previous order instead of sorting again.
 */
export function timelineData(events: readonly Event[], previous?: TimelineData): TimelineData {
  const n = events.length;
  const markStart = new Float64Array(n);
  const markEnd = new Float64Array(n);
  const kind = new Uint8Array(n);
  const approximate = new Uint8Array(n);
  const numberOf = new Map<Event, number>();
  let allSeen = previous !== undefined;
  for (let i = 0; i < n; i++) {
    const e = events[i];
    numberOf.set(e, i);
    const before = previous?.numberOf.get(e);
    if (before !== undefined) {
      markStart[i] = previous!.markStart[before];
      markEnd[i] = previous!.markEnd[before];
      kind[i] = previous!.kind[before];
      approximate[i] = previous!.approximate[before];
      continue;
    }
    allSeen = false;
    const span = markSpan(e.date);
    markStart[i] = span.start;
    markEnd[i] = span.end;
    kind[i] = MARK_KINDS.indexOf(span.kind);
    approximate[i] = span.approximate ? 1 : 0;
  }

  let order: Int32Array;
  if (allSeen && previous) {
    order = new Int32Array(n);
    let j = 0;
    for (const old of previous.index.order) {
      const now = numberOf.get(previous.events[old]);
      if (now !== undefined) order[j++] = now;
    }
  } else {
    order = startOrder(markStart, markEnd);
  }
  const index = indexInOrder(order, markStart, markEnd);
  const extent: [number, number] = n ? [index.start[0], index.maxEnd[n - 1]] : [0, 0];
  return { events, markStart, markEnd, kind, approximate, index, extent, numberOf };
}
