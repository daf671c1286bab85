/** Total size of the embed documents kept rendered; a 10,000-event timeline's is about 4 MB. */
const MAX_BYTES = 64 * 1024 * 1024;

const kept = new Map<string, string>();
let keptBytes = 0;

/**
 * The embed document for `etag`, rendered once and then served from memory while the timeline is
 * unchanged: a widget on a busy news page is fetched by every reader, and most of them send no
 * If-None-Match. The ETag names the timeline's version and the options, so a stale copy is never served.
 */
export function renderedEmbed(etag: string, render: () => string): string {
  const hit = kept.get(etag);
  if (hit !== undefined) {
    kept.delete(etag);
    kept.set(etag, hit);
    return hit;
  }
  const html = render();
  kept.set(etag, html);
  keptBytes += html.length * 2;
  for (const [key, value] of kept) {
    if (keptBytes <= MAX_BYTES || key === etag) break;
    kept.delete(key);
    keptBytes -= value.length * 2;
  }
  return html;
}
