import { escapeHtml } from './escape-html';

/**
 * Embeds may be framed by any site; they run only our own scripts, load nothing from elsewhere (the events
 * file comes from our own origin) and need no cookies. Inline styles are allowed because the renderer
 * positions elements with style attributes.
 */
export const EMBED_CSP =
  "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors *";

/**
 * A widget on a busy page is fetched by every reader: browsers and shared caches keep it a minute and may
 * serve it stale for ten while they revalidate with the ETag, which costs the server one timeline lookup.
 */
export const EMBED_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=600';

const EMBED_HEADERS = {
  'Content-Security-Policy': EMBED_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

/** An embed document, cacheable and validated by `etag`. */
export function embedResponse(html: string, etag: string): Response {
  return new Response(html, {
    headers: { ...EMBED_HEADERS, 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': EMBED_CACHE_CONTROL, ETag: etag },
  });
}

/** 304 for a reader whose copy is current. */
export function embedNotModified(etag: string): Response {
  return new Response(null, { status: 304, headers: { ...EMBED_HEADERS, 'Cache-Control': EMBED_CACHE_CONTROL, ETag: etag } });
}

/** A short page saying what is wrong, with a link onward; shown inside an iframe or as a page of its own. */
export function messagePage(status: number, message: string, link?: { href: string; text: string }): string {
  const more = link ? ` <a href="${escapeHtml(link.href)}" target="_top">${escapeHtml(link.text)}</a>` : '';
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${status}</title><meta name="robots" content="noindex">` +
    `<meta name="viewport" content="width=device-width,initial-scale=1">` +
    `<style>body{margin:0;padding:8px;font:16px/1.5 system-ui,sans-serif;color:#1f2937;background:#fff}p{max-width:40rem;margin:0;padding:12px 16px;border:1px solid #d1d5db;border-radius:8px}a{color:#1d4ed8}</style>` +
    `</head><body><p>${escapeHtml(message)}${more}</p></body></html>`
  );
}

/** An embed's error: the message page with the status a crawler or monitor reads, never cached. */
export function embedErrorResponse(status: number, message: string, link?: { href: string; text: string }): Response {
  return new Response(messagePage(status, message, link), {
    status,
    headers: { ...EMBED_HEADERS, 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
