import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sessionCookie } from '@/lib/auth/session';

export const ORIGIN = 'http://localhost:3300';

/**
 * Points the app at a fresh SQLite store and auth directory. Call at the top of a test file, before any
 * route runs: getStore() opens DATABASE_URL on first use.
 */
export function setUpTempApp(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'api-test-'));
  process.env.DATABASE_URL = `sqlite:${path.join(dir, 'store.db')}`;
  process.env.TIMELINE_AUTH_DIR = dir;
  process.env.TIMELINE_SECRET = 'test-secret-test-secret-test-secret-0123456789';
  return dir;
}

// Each route types its own params; the harness hands them over as Next does, untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Handler = (request: Request, context: any) => Promise<Response>;

export interface Call {
  method?: string;
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
  params?: Record<string, string>;
}

/** Calls a route handler as Next would: a Request and the route's params. Objects are sent as JSON. */
export function call(handler: Handler, { method = 'GET', path: url, body, headers = {}, params = {} }: Call): Promise<Response> {
  const init: RequestInit = { method, headers: { ...headers } };
  if (body !== undefined) {
    if (typeof body === 'string' || body instanceof Uint8Array || body instanceof FormData) init.body = body as BodyInit;
    else {
      init.body = JSON.stringify(body);
      (init.headers as Record<string, string>)['content-type'] ??= 'application/json';
    }
  }
  return handler(new Request(`${ORIGIN}${url}`, init), { params: Promise.resolve(params) });
}

/** Headers of a same-origin request from a signed-in editor's browser. */
export function editorHeaders(): Record<string, string> {
  const cookie = sessionCookie(new Request(ORIGIN)).split(';')[0];
  return { cookie, origin: ORIGIN, 'sec-fetch-site': 'same-origin' };
}

/** The same editor's cookie, sent by a page on another site. */
export function crossSiteHeaders(): Record<string, string> {
  return { ...editorHeaders(), origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' };
}
