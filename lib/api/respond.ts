import { createHash } from 'node:crypto';
import { READ_CORS_HEADERS } from './cors';

/**
 * A public JSON read: any origin may read it, and it carries a strong ETag so clients and caches revalidate
 * with `If-None-Match` and get a bodiless 304 when nothing changed. `no-cache` (revalidate every time)
 * rather than a max-age, because an editor's change must show on the next load.
 */
export function publicJson(request: Request, data: unknown): Response {
  return publicBody(request, JSON.stringify(data), JSON_HEADERS);
}

export const JSON_HEADERS = { 'Content-Type': 'application/json; charset=utf-8' };

/** A strong ETag: the body's hash. */
export const etagOf = (body: string) => `"${createHash('sha1').update(body).digest('base64url')}"`;

/** Any public read (JSON, or an export file with its own type and Content-Disposition), with its ETag. */
export function publicBody(request: Request, body: string, contentHeaders: Record<string, string>, etag = etagOf(body)): Response {
  const headers = { ...READ_CORS_HEADERS, ETag: etag, 'Cache-Control': 'public, no-cache', Vary: 'Accept-Encoding' };
  const match = request.headers.get('if-none-match');
  if (match && match.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(body, { status: 200, headers: { ...headers, ...contentHeaders } });
}

/** The answer to a write, or anything that must not be cached or read cross-origin. */
export function privateJson(data: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(data, { status, headers: { 'Cache-Control': 'no-store', ...headers } });
}
