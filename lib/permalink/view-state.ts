import type { LaneMode } from '@/lib/timeline/lanes';
import { formatWindowEdge } from './window-edge';

/*
 * What a reader sees on a timeline, as the query string carries it:
 * ?from=2019-01-01&to=2025-12-31&event=...&lanes=people&person=...
 * This half writes it and has no dependencies, because the embed bundle runs it in the browser;
 * parse-view-state.ts reads it with zod.
 */

/** A view: the visible window in epoch ms (both or neither), the selected event, the lane mode and filters. */
export interface ViewState {
  from?: number;
  to?: number;
  event?: string;
  lanes: LaneMode;
  person?: string;
  place?: string;
  organization?: string;
  tag?: string;
  q?: string;
  /** Events less sure than this (0 to 1) are hidden. */
  minConfidence?: number;
}

/** How each lane mode reads in a URL: `lanes=people`, as people say it, for the renderer's `person`. */
export const LANE_WORDS = {
  none: 'none',
  person: 'people',
  place: 'places',
  organization: 'organizations',
  document: 'documents',
  tag: 'tags',
} as const satisfies Record<LaneMode, string>;

/** The filters a view applies; they mean what `EventFilter`'s fields of the same names mean. */
export const VIEW_FILTERS = ['person', 'place', 'organization', 'tag', 'q', 'minConfidence'] as const;

/** The view state's own keys, in the order they are written. */
export const VIEW_KEYS = ['from', 'to', 'event', 'lanes', ...VIEW_FILTERS] as const;

/** The view's query parameters in a fixed order, defaults left out, so one view has one address. */
export function viewStateParams(view: ViewState): URLSearchParams {
  const params = new URLSearchParams();
  if (view.from !== undefined && view.to !== undefined) {
    params.set('from', formatWindowEdge(view.from));
    params.set('to', formatWindowEdge(view.to));
  }
  if (view.event) params.set('event', view.event);
  if (view.lanes !== 'none') params.set('lanes', LANE_WORDS[view.lanes]);
  for (const key of VIEW_FILTERS) {
    const value = view[key];
    if (value) params.set(key, String(value));
  }
  return params;
}

/** `viewStateParams` as a query string without the `?`; empty for the default view. */
export function serialiseViewState(view: ViewState): string {
  return viewStateParams(view).toString();
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * The window rounded to a step about 1/200 of its span (a day, an hour or a minute), so the address bar
 * reads `2019-01-01` rather than the instant a wheel tick happened to land on. Rounds to the nearest step,
 * so that opening a shared address and reporting its window back gives the same address, not a wider one.
 * Never collapses the window.
 */
export function snapWindow(from: number, to: number): [number, number] {
  const span = to - from;
  const step = span >= 200 * DAY ? DAY : span >= 200 * HOUR ? HOUR : MINUTE;
  const a = Math.round(from / step) * step;
  const b = Math.max(a + step, Math.round(to / step) * step);
  return [a, b];
}

/**
 * How the browser history should record a move from one view to the next: a new entry when the reader
 * selected, filtered or regrouped (so Back undoes it), a silent replacement when they only zoomed or panned.
 */
export function historyMode(previous: ViewState, next: ViewState): 'push' | 'replace' | 'none' {
  if (serialiseViewState(previous) === serialiseViewState(next)) return 'none';
  const meaningful = (['event', 'lanes', ...VIEW_FILTERS] as const).some((key) => previous[key] !== next[key]);
  return meaningful ? 'push' : 'replace';
}
