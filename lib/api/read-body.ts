import type { z } from 'zod';
import { ApiError, invalid } from './api-error';
import { zodDetails } from './zod-details';

/**
 * The request body as UTF-8 text, refusing more than `limit` bytes: first by Content-Length, then while
 * reading, since a chunked body has none. Stops reading as soon as the limit is passed.
 */
export async function readBodyText(request: Request, limit: number): Promise<string> {
  const bytes = await readBodyBytes(request, limit);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw invalid('the body is not valid UTF-8');
  }
}

/** The request body's bytes, refusing more than `limit`. */
export async function readBodyBytes(request: Request, limit: number): Promise<Buffer> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (declared > limit) throw tooLarge(limit);
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function tooLarge(limit: number): ApiError {
  return new ApiError(413, 'payload_too_large', `the body is larger than ${Math.round(limit / 1024)} KiB`);
}

/** Refuses a body whose Content-Type is not one of `types` (compared without parameters such as charset). */
export function requireContentType(request: Request, types: readonly string[]): string {
  const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (!types.includes(type)) {
    throw new ApiError(415, 'unsupported_media_type', `expected Content-Type ${types.join(' or ')}`, { received: type || null });
  }
  return type;
}

/** The JSON body as a value: 415 for another type, 413 above `limit`, 400 for bad JSON. */
async function readJsonValue(request: Request, limit: number): Promise<unknown> {
  requireContentType(request, ['application/json']);
  const text = await readBodyText(request, limit);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw invalid('the body is not valid JSON', { reason: error instanceof Error ? error.message : String(error) });
  }
  if (!wellFormed(value)) throw invalid('the body holds a lone surrogate (U+D800 to U+DFFF), which is not text');
  return value;
}

/**
 * JSON may escape half a surrogate pair (a lone "\ud800"), which is no Unicode text: PostgreSQL cannot store
 * it, and SQLite would keep a broken string. Checked iteratively, since the nesting depth is the client's.
 */
function wellFormed(root: unknown): boolean {
  const stack = [root];
  while (stack.length) {
    const value = stack.pop();
    if (typeof value === 'string') {
      if (!value.isWellFormed()) return false;
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (!key.isWellFormed()) return false;
        stack.push(item);
      }
    }
  }
  return true;
}

function shaped<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw invalid('the body does not match the expected shape', zodDetails(parsed.error));
  return parsed.data;
}

/** Parses a JSON body with `schema`: 415 for another type, 413 above `limit`, 400 for bad JSON or a bad shape. */
export async function readJson<S extends z.ZodType>(request: Request, schema: S, limit: number): Promise<z.infer<S>> {
  return shaped(schema, await readJsonValue(request, limit));
}

/**
 * Parses a JSON patch, keeping only the fields the client sent: the model's patch schemas are partial
 * picks of fields with defaults, so `{ "title": ... }` alone would otherwise also reset the names to [].
 * Unknown fields are refused, so a misspelt one is not silently ignored.
 */
export async function readPatch<S extends z.ZodObject>(request: Request, schema: S, limit: number): Promise<Partial<z.infer<S>>> {
  const value = await readJsonValue(request, limit);
  const parsed = shaped(schema.strict(), value) as Record<string, unknown>;
  const given = value as Record<string, unknown>;
  return Object.fromEntries(Object.entries(parsed).filter(([key]) => given[key] !== undefined)) as Partial<z.infer<S>>;
}
