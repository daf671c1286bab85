import type { z } from 'zod';
import { invalid } from './api-error';
import { zodDetails } from './zod-details';

/** Parses the query string with `schema`. A parameter given twice is refused rather than silently picked. */
export function parseQuery<S extends z.ZodType>(request: Request, schema: S): z.infer<S> {
  const params = new URL(request.url).searchParams;
  const raw: Record<string, string> = {};
  for (const [key, value] of params) {
    if (key in raw) throw invalid(`query parameter "${key}" is given more than once`);
    raw[key] = value;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw invalid('invalid query parameters', zodDetails(parsed.error));
  return parsed.data;
}
