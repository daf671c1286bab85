import { NextResponse, type NextRequest } from 'next/server';
import { EMBED_CSP } from '@/lib/permalink/embed-response';
import { isKeptPageRender, KEPT_PAGE_NONCE, keptPermalinkPage } from '@/lib/permalink/kept-pages';
import { deletedEventResponse } from '@/lib/permalink/retired-event';
import { getStore } from '@/lib/store';
import { logger } from '@/lib/log/logger';

/**
 * Security headers on every response, set before the route runs so that no page can forget them:
 * a per-request nonce CSP for pages (Next puts the nonce on its own scripts when the page renders
 * dynamically, so every page must: `await connection()`), a closed CSP for the API, and the framing
 * rule: every page may be framed only by ourselves. /embed/** is the exception: any site may frame it
 * (frame-ancestors *), under the same fixed policy its route handlers send. Also gives each request an
 * id for the logs.
 */
export async function proxy(request: NextRequest) {
  const requestId = request.headers.get('x-request-id')?.slice(0, 100) || crypto.randomUUID();
  const path = request.nextUrl.pathname;
  const embeddable = path === '/embed' || path.startsWith('/embed/') || path === '/embed.js';
  const https = request.nextUrl.protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';

  const headers = new Headers(request.headers);
  headers.set('x-request-id', requestId);
  let csp: string | null = null;
  let nonce: string | null = null;
  if (path.startsWith('/api/')) {
    csp = "default-src 'none'; frame-ancestors 'none'";
  } else if (embeddable) {
    // Embeds are cached HTML that any site may frame: a fixed policy without a per-request nonce,
    // which a cached copy revalidated by ETag could not match (see lib/permalink/embed-response.ts).
    csp = EMBED_CSP;
  } else if (!path.startsWith('/_next/static/')) {
    // The server's own render of a page to keep carries a placeholder, swapped for each reader's nonce (lib/permalink/kept-pages.ts).
    nonce = isKeptPageRender(request.headers) ? KEPT_PAGE_NONCE : Buffer.from(crypto.randomUUID()).toString('base64');
    const dev = process.env.NODE_ENV === 'development';
    csp = [
      "default-src 'self'",
      // 'strict-dynamic' lets the nonced Next scripts load their chunks; React needs eval only in development.
      `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
      // Inline style attributes (React `style` props, D3) are needed; styles cannot run script.
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob: https:",
      "font-src 'self' data:",
      `connect-src 'self'${dev ? ' ws:' : ''}`,
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'self'",
      ...(https ? ['upgrade-insecure-requests'] : []),
    ].join('; ');
    headers.set('x-nonce', nonce);
    // Next reads the nonce from the request's CSP header while rendering.
    headers.set('content-security-policy', csp);
  }

  // API routes log their own line with the status (lib/api/api-route.ts); pages and embeds are logged here.
  if (!path.startsWith('/api/') && !path.startsWith('/_next/')) logger.info({ requestId, method: request.method, path }, 'page request');

  // A deleted event's permalink answers 410 here, ahead of its page, which cannot (lib/permalink/retired-event.ts).
  const store = path.startsWith('/timelines/') ? await getStore() : null;
  const gone = store ? await deletedEventResponse(path, store) : null;
  // An anonymous reader's permalink, rendered once per timeline version and given this request's nonce.
  const kept = store && !gone && nonce ? await keptPermalinkPage(request, store, nonce) : null;
  const response = gone ?? kept ?? NextResponse.next({ request: { headers } });
  if (csp) response.headers.set('Content-Security-Policy', csp);
  response.headers.set('X-Content-Type-Options', 'nosniff');
  response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
  response.headers.set('X-Request-Id', requestId);
  if (!embeddable) response.headers.set('X-Frame-Options', 'SAMEORIGIN');
  if (https) response.headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  return response;
}

export const config = {
  // Everything but Next's image optimiser; static chunks still get nosniff and the framing rule.
  matcher: ['/((?!_next/image).*)'],
};
