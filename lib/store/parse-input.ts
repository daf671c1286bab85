import { z } from 'zod';

/**
 * Parses what a caller hands the store. Also refuses NUL characters, which PostgreSQL cannot keep in
 * text, so that both backends accept exactly the same input.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const value = schema.parse(input);
  const nul = findNul(value);
  if (nul) throw new z.ZodError([{ code: 'custom', path: nul, message: 'must not contain NUL characters', input }]);
  return value;
}

/**
 * Parses a patch, keeping only the fields the caller gave: the model's patch schemas are partial
 * picks of schemas with defaults, so parsing `{ title }` alone would also "set" summary to ''.
 */
export function parsePatch<S extends z.ZodType<object>>(schema: S, input: object): Partial<z.output<S>> {
  const value = parseInput(schema, input) as Record<string, unknown>;
  const given = input as Record<string, unknown>;
  return Object.fromEntries(Object.entries(value).filter(([key]) => given[key] !== undefined)) as Partial<z.output<S>>;
}

/** The path to the first string holding a NUL, built only once one is found. */
function findNul(value: unknown): PropertyKey[] | null {
  if (typeof value === 'string') return value.includes('\0') ? [] : null;
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = findNul(item);
      if (found) return [Array.isArray(value) ? Number(key) : key, ...found];
    }
  }
  return null;
}
