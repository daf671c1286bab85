import type { EventsFile } from './kept-events-files';

/*
 * Headers of an events file (see events-file.ts). At its own version's address it never changes; at an
 * older one it is revalidated on each use. `no-transform` keeps caches, and Next's own compression, from
 * encoding the gzip file a second time.
 */

const cacheControl = (immutable: boolean) => (immutable ? 'public, max-age=31536000, immutable, no-transform' : 'public, no-cache, no-transform');

function headers(key: string, immutable: boolean): Record<string, string> {
  return { 'Content-Type': 'application/gzip', 'Cache-Control': cacheControl(immutable), ETag: `"${key}"` };
}

/** The file, named by `key`. */
export function eventsFileResponse(file: EventsFile, key: string, immutable: boolean): Response {
  return new Response(file, { headers: headers(key, immutable) });
}

/** 304 for a reader whose copy is current. */
export function eventsFileNotModified(key: string, immutable: boolean): Response {
  return new Response(null, { status: 304, headers: headers(key, immutable) });
}
