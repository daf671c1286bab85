import { createHash } from 'node:crypto';

/** A weak validator for a response built from these parts (data version, options, asset hashes, ...). */
export function weakEtag(...parts: string[]): string {
  return `W/"${createHash('sha256').update(parts.join('\u0000')).digest('base64url').slice(0, 27)}"`;
}

/** Whether the request's If-None-Match already names `etag` (weak comparison, as RFC 9110 asks for GET). */
export function isNotModified(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag));
}
