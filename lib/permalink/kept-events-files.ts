import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Event } from '@/lib/model';

const gzipAsync = promisify(gzip);

/** The name of the events file of a timeline's version, with the embed's search `q` if it has one. */
export function eventsFileKey(slug: string, version: string, q?: string): string {
  return createHash('sha256')
    .update(`${slug}\u0000${version}\u0000${q ?? ''}`)
    .digest('base64url')
    .slice(0, 22);
}

/** A gzip file's bytes. */
export type EventsFile = Uint8Array<ArrayBuffer>;

interface Kept {
  file: Promise<EventsFile>;
  /** Zero while it is being zipped. */
  bytes: number;
}

/**
 * A store of events files holding at most `maxBytes`. Its function gives the gzipped JSON of the events
 * named `key`, zipped once (off the main thread) and then served from memory: zipping a 10,000-event
 * timeline for every reader was most of the cost of serving it. Readers who ask while it is being zipped
 * share the one job. The key names the timeline's version, so an edit makes a new file and the old one
 * ages out, least recently used first.
 */
export function keptEventsFiles(maxBytes: number): (key: string, load: () => Promise<readonly Event[]>) => Promise<EventsFile> {
  const kept = new Map<string, Kept>();
  let keptBytes = 0;

  const evict = (current: string) => {
    for (const [key, entry] of kept) {
      if (keptBytes <= maxBytes) return;
      if (key === current || entry.bytes === 0) continue;
      kept.delete(key);
      keptBytes -= entry.bytes;
    }
  };

  return (key, load) => {
    const hit = kept.get(key);
    if (hit) {
      // Refresh its place in the LRU order.
      kept.delete(key);
      kept.set(key, hit);
      return hit.file;
    }
    // Copied once into a plain ArrayBuffer, which a Response body takes as it is.
    const entry: Kept = { file: load().then(async (events) => new Uint8Array(await gzipAsync(JSON.stringify(events)))), bytes: 0 };
    kept.set(key, entry);
    entry.file.then(
      (zipped) => {
        if (kept.get(key) !== entry) return;
        entry.bytes = zipped.byteLength;
        keptBytes += zipped.byteLength;
        evict(key);
      },
      () => {
        // A failed load is not kept: the next reader tries again.
        if (kept.get(key) === entry) kept.delete(key);
      },
    );
    return entry.file;
  };
}

/** The server's events files: a 10,000-event timeline's is about 300 KB, a 100,000-event one's about 3 MB. */
export const eventsFile = keptEventsFiles(64 * 1024 * 1024);
