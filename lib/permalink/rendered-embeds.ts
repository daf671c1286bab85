import { gzipSync } from 'node:zlib';

/** Total size of the embed documents kept rendered; a 10,000-event timeline's is about 4 MB. */
const MAX_BYTES = 64 * 1024 * 1024;

interface Kept {
  html: string;
  gzip?: Buffer;
}

const kept = new Map<string, Kept>();
let keptBytes = 0;

function keep(etag: string, entry: Kept, bytes: number): void {
  kept.set(etag, entry);
  keptBytes += bytes;
  for (const [key, value] of kept) {
    if (keptBytes <= MAX_BYTES || key === etag) break;
    kept.delete(key);
    keptBytes -= value.html.length * 2 + (value.gzip?.length ?? 0);
  }
}

function touch(etag: string): Kept | undefined {
  const hit = kept.get(etag);
  if (hit) {
    kept.delete(etag);
    kept.set(etag, hit);
  }
  return hit;
}

/**
 * The embed document for `etag`, rendered once and then served from memory while the timeline is
 * unchanged: a widget on a busy news page is fetched by every reader, and most of them send no
 * If-None-Match. The ETag names the timeline's version and the options, so a stale copy is never served.
 */
export function renderedEmbed(etag: string, render: () => string): string {
  const hit = touch(etag);
  if (hit) return hit.html;
  const html = render();
  keep(etag, { html }, html.length * 2);
  return html;
}

/**
 * The document for `etag` gzip-compressed once: compressing a 4 MB widget afresh for every reader is most
 * of the cost of serving it. `html` is what `renderedEmbed` gave for the same etag.
 */
export function gzippedEmbed(etag: string, html: string): Buffer {
  const entry = touch(etag);
  if (entry?.gzip) return entry.gzip;
  const gzip = gzipSync(html);
  if (entry) {
    entry.gzip = gzip;
    keep(etag, entry, gzip.length);
  }
  return gzip;
}
