import type { Event } from '@/lib/model';

/*
 * A published timeline's events travel as one gzip file, apart from the pages that show them, so an embed
 * or a permalink is a small document and the events are fetched once per timeline version: the file's
 * address names the version, so browsers and shared caches keep it for good. It is a file that happens to
 * be gzip (application/gzip), not a gzip Content-Encoding: Next compresses compressible responses itself
 * and mishandled one we had encoded (see git log, "pre-gzipped"), but leaves an incompressible type alone.
 * Browsers unzip it with their own DecompressionStream, so the server zips each version once.
 * Shared by the server and the scripts in pages; keep it free of Node and React.
 */

/** Address of the events file named `key` (see eventsFileKey); `q` is the embed's search, which the key covers. */
export function eventsFilePath(slug: string, key: string, q?: string): string {
  const path = `/embed/${encodeURIComponent(slug)}/data/${encodeURIComponent(key)}`;
  return q ? `${path}?${new URLSearchParams({ q })}` : path;
}

/** The events in a response for an events file; throws with the status when there is none. */
export async function readEventsFile(response: Response): Promise<Event[]> {
  if (!response.ok || !response.body) throw new Error(`the timeline's events did not load (HTTP ${response.status})`);
  const json = await new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).text();
  return JSON.parse(json) as Event[];
}
