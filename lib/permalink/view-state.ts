import { z } from 'zod';
import { EventId } from '@/lib/model';
import type { LaneMode } from '@/lib/timeline/lanes';
import { formatWindowEdge, parseWindowEdge } from './window-edge';

/*
 * What a reader sees on a timeline, as the query string carries it:
 * ?from=2019-01-01&to=2025-12-31&event=...&lanes=people&person=...
 * The schema lives here rather than in lib/model because its lane vocabulary is the renderer's
 * (lib/timeline), which the model must not depend on.
 */

/** How each lane mode reads in a URL: `lanes=people`, as people say it, for the renderer's `person`. */
export const LANE_WORDS = {
  none: 'none',
  person: 'people',
  place: 'places',
  organization: 'organizations',
  document: 'documents',
  tag: 'tags',
} as const satisfies Record<LaneMode, string>;

const LANE_BY_WORD = new Map(Object.entries(LANE_WORDS).map(([mode, word]) => [word as string, mode as LaneMode]));

const Edge = z.string().transform((text, ctx) => {
  const ms = parseWindowEdge(text);
  if (ms === null) ctx.addIssue({ code: 'custom', message: `expected a date like 2019-01-01 or 2019-01-01T12:30Z, got "${text}"` });
  return ms ?? 0;
});

const Lanes = z.string().transform((word, ctx): LaneMode => {
  const mode = LANE_BY_WORD.get(word);
  if (!mode) ctx.addIssue({ code: 'custom', message: `expected one of ${Object.values(LANE_WORDS).join(', ')}, got "${word}"` });
  return mode ?? 'none';
});

const Name = z.string().trim().min(1).max(200);

/** The filters a view applies; they mean what `EventFilter`'s fields of the same names mean. */
export const VIEW_FILTERS = ['person', 'place', 'organization', 'tag', 'q'] as const;
export type ViewFilter = (typeof VIEW_FILTERS)[number];

export const ViewStateQuery = z
  .object({
    from: Edge.optional(),
    to: Edge.optional(),
    event: EventId.optional(),
    lanes: Lanes.default('none'),
    person: Name.optional(),
    place: Name.optional(),
    organization: Name.optional(),
    tag: Name.optional(),
    q: z.string().trim().min(1).max(500).optional(),
  })
  .refine((v) => (v.from === undefined) === (v.to === undefined), { message: 'give both from and to, or neither', path: ['to'] })
  .refine((v) => v.from === undefined || v.to === undefined || v.from < v.to, { message: 'from must be before to', path: ['to'] });

/** A view: the visible window in epoch ms (both or neither), the selected event, the lane mode and filters. */
export type ViewState = z.infer<typeof ViewStateQuery>;

/** The view state's own keys, in the order they are written. */
export const VIEW_KEYS = ['from', 'to', 'event', 'lanes', ...VIEW_FILTERS] as const;

/** Query parameters as URLSearchParams or as Next gives `searchParams` to a page. */
export type QueryInput = URLSearchParams | Record<string, string | string[] | undefined>;

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * The query's values for `keys`, each given at most once. Other parameters (utm_source, ...) are
 * left alone: a shared link picks up all sorts, and they say nothing about the view.
 */
export function pickQuery(query: QueryInput, keys: readonly string[]): Parsed<Record<string, string>> {
  const picked: Record<string, string> = {};
  for (const key of keys) {
    const values = query instanceof URLSearchParams ? query.getAll(key) : [query[key] ?? []].flat();
    if (values.length > 1) return { ok: false, message: `${key}: give it once, not ${values.length} times` };
    if (values.length === 1) picked[key] = values[0];
  }
  return { ok: true, value: picked };
}

/** One line naming each problem: "from: expected a date like ...; lanes: expected one of ...". */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || 'query'}: ${issue.message}`).join('; ');
}

/** Reads a view from a query string; unknown parameters are ignored, bad values are named. */
export function parseViewState(query: QueryInput): Parsed<ViewState> {
  const picked = pickQuery(query, VIEW_KEYS);
  if (!picked.ok) return picked;
  const parsed = ViewStateQuery.safeParse(picked.value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, message: describeIssues(parsed.error) };
}

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
    if (value) params.set(key, value);
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
 * reads `2019-01-01` rather than the instant a wheel tick happened to land on. Never collapses the window.
 */
export function snapWindow(from: number, to: number): [number, number] {
  const span = to - from;
  const step = span >= 200 * DAY ? DAY : span >= 200 * HOUR ? HOUR : MINUTE;
  const a = Math.floor(from / step) * step;
  const b = Math.max(a + step, Math.ceil(to / step) * step);
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
