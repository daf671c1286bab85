import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { SESSION_COOKIE } from '@/lib/auth/session';
import type { Store } from '@/lib/store/store';
import { requestOrigin } from './request-origin';
import { shareTarget } from './share-target';

/*
 * Event permalinks are read far more often than timelines change, but every page carries a fresh CSP
 * nonce, so Next renders each one per request (its cache cannot hold a page with a nonce in it). Here a
 * permalink is rendered once per timeline version with a placeholder nonce, by a request from the server to
 * itself, and each reader then gets that HTML with the placeholder swapped for their own fresh nonce. The
 * placeholder is random per process and never leaves it, so no page or attacker can know or reuse it; the
 * content around it is React's, escaped as ever. Only anonymous readers' page loads are served this way:
 * editors see their own header, and client-side navigations fetch Next's RSC payload, not HTML; both are
 * rendered per request as before.
 */

/** The nonce the kept renders carry; swapped for each reader's own. */
export const KEPT_PAGE_NONCE = randomBytes(24).toString('base64url');

/** Marks the server's own render for the cache; its value is the placeholder, which only this process knows. */
const RENDER_HEADER = 'x-timeline-kept-render';

/** Total size of the pages kept; a permalink is about 30 KB. */
const MAX_BYTES = 32 * 1024 * 1024;

/** A kept render: the HTML, or null when the page did not answer 200 (unknown event, redirect, error), so it is not retried. */
const kept = new Map<string, string | null>();
const rendering = new Set<string>();
let keptBytes = 0;

/**
 * Pages asked for once in their version. A page is rendered for keeping only when asked for again, so a
 * crawler walking every permalink once costs one render each, not two.
 */
const seen = new Set<string>();
const MAX_SEEN = 10_000;

/** Whether `key` was asked for before; remembers it if not. */
function seenBefore(key: string): boolean {
  if (seen.delete(key)) return true;
  seen.add(key);
  if (seen.size > MAX_SEEN) seen.delete(seen.values().next().value!);
  return false;
}

/** Whether this request is the server's own render of a page for the cache. */
export function isKeptPageRender(headers: Pick<Headers, 'get'>): boolean {
  return headers.get(RENDER_HEADER) === KEPT_PAGE_NONCE;
}

/**
 * Whether a request may be answered with a kept page: an anonymous reader's page load of an event
 * permalink. Next hides its RSC headers and `_rsc` from the proxy, so a client-side navigation or prefetch
 * is told apart by what it accepts (the router's fetch asks for any type, a page load for HTML) and, where
 * the browser says, by its destination.
 */
export function mayKeepPage(request: Pick<Request, 'method' | 'headers' | 'url'>): boolean {
  const target = shareTarget(new URL(request.url).pathname);
  if (request.method !== 'GET' || !target || target.kind !== 'event' || target.embed) return false;
  const headers = request.headers;
  const destination = headers.get('sec-fetch-dest');
  if (!(headers.get('accept') ?? '').includes('text/html') || (destination !== null && destination !== 'document')) return false;
  return !isKeptPageRender(headers) && !(headers.get('cookie') ?? '').includes(`${SESSION_COOKIE}=`);
}

/** The key of a page's render: what it shows (the event, in a timeline version) and the origin its links name. */
export function keptPageKey(origin: string, path: string, version: string): string {
  return `${origin}\u0000${path}\u0000${version}`;
}

/** The kept HTML with the reader's own nonce in place of the placeholder. */
export function stampNonce(html: string, nonce: string): string {
  return html.replaceAll(KEPT_PAGE_NONCE, nonce);
}

const sizeOf = (key: string, html: string | null | undefined) => ((html?.length ?? 0) + key.length) * 2;

function keep(key: string, html: string | null): void {
  if (kept.has(key)) keptBytes -= sizeOf(key, kept.get(key));
  kept.set(key, html);
  keptBytes += sizeOf(key, html);
  for (const [k, v] of kept) {
    if (keptBytes <= MAX_BYTES) break;
    kept.delete(k);
    keptBytes -= sizeOf(k, v);
  }
}

/** A render that could not be had is not tried again in this version: the page is rendered per request, as without keeping. */
function failed(key: string): void {
  rendering.delete(key);
  keep(key, null);
}

/** Renders the page by asking this server for it, as the reader's host named it, and keeps the result. */
function renderInBackground(key: string, path: string, headers: Headers): void {
  // Where `next start` listens; unset in other settings, where pages are simply not kept.
  const self = process.env.__NEXT_PRIVATE_ORIGIN;
  if (!self || rendering.has(key) || !self.startsWith('http://')) return;
  rendering.add(key);
  const { hostname, port } = new URL(self);
  const forwarded = headers.get('x-forwarded-proto');
  const request = http.get(
    {
      hostname: hostname.replace(/^\[|\]$/g, ''),
      port,
      path,
      headers: { host: headers.get('host') ?? '', ...(forwarded ? { 'x-forwarded-proto': forwarded } : {}), [RENDER_HEADER]: KEPT_PAGE_NONCE },
      timeout: 30_000,
    },
    (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        rendering.delete(key);
        const html = Buffer.concat(chunks).toString('utf8');
        const page = response.statusCode === 200 && !response.headers['content-encoding'] && html.includes(KEPT_PAGE_NONCE);
        keep(key, page ? html : null);
      });
      response.on('error', () => failed(key));
    },
  );
  request.on('timeout', () => request.destroy());
  request.on('error', () => failed(key));
}

/**
 * For proxy.ts: the permalink page for this request from the kept renders, with `nonce` in it, or null to
 * let Next render it (and, for the second reader of a version, a render to keep starts in the background).
 * Costs one primary-key lookup for the timeline's version, which every write changes, so an edit shows at once.
 */
export async function keptPermalinkPage(request: Request, store: Pick<Store, 'getTimeline'>, nonce: string): Promise<Response | null> {
  if (process.env.NODE_ENV !== 'production' || !mayKeepPage(request)) return null;
  // The page reads no query, so a shared link's `?utm_source=...` gets the same render.
  const path = new URL(request.url).pathname;
  const timeline = await store.getTimeline(shareTarget(path)!.slug);
  if (!timeline) return null;
  const key = keptPageKey(requestOrigin(request.headers), path, timeline.updatedAt);
  const html = kept.get(key);
  if (html === undefined) {
    if (seenBefore(key)) renderInBackground(key, path, request.headers);
    return null;
  }
  if (html === null) return null;
  // Refresh its place in the LRU order.
  kept.delete(key);
  kept.set(key, html);
  return new Response(stampNonce(html, nonce), {
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      // As Next sends a page rendered per request: the nonce makes each copy single-use.
      'Cache-Control': 'private, no-cache, no-store, max-age=0, must-revalidate',
      Vary: 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch',
    },
  });
}
