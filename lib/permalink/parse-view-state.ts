import { z } from 'zod';
import { EventId } from '@/lib/model';
import type { LaneMode } from '@/lib/timeline/lanes';
import { LANE_WORDS, VIEW_KEYS, type ViewState } from './view-state';
import { parseWindowEdge } from './window-edge';

/*
 * Reading a view from a query string. The schema lives here rather than in lib/model because its lane
 * vocabulary is the renderer's (lib/timeline), which the model must not depend on.
 */

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
    minConfidence: z.coerce.number().min(0).max(1).optional(),
  })
  .refine((v) => (v.from === undefined) === (v.to === undefined), { message: 'give both from and to, or neither', path: ['to'] })
  .refine((v) => v.from === undefined || v.to === undefined || v.from < v.to, { message: 'from must be before to', path: ['to'] }) satisfies z.ZodType<ViewState>;

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
