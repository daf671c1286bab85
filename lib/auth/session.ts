import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { logger } from '../log/logger';
import { getStore } from '../store';
import { signValue, verifyValue } from './signed-value';

export const SESSION_COOKIE = 'timeline_session';
const SESSION_SECONDS = 7 * 24 * 3600;

const SessionPayload = z.object({ sub: z.literal('editor'), exp: z.number(), sid: z.string() });
type SessionPayload = z.infer<typeof SessionPayload>;
export interface Session {
  expiresAt: string;
}

/** Whether the client reached us over HTTPS, directly or through a proxy that says so. */
export function isHttps(request: Request): boolean {
  return new URL(request.url).protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';
}

/** Set-Cookie for a new editor session: signed, HttpOnly, SameSite=Lax, Secure over HTTPS. */
export function sessionCookie(request: Request, now = Date.now()): string {
  const exp = Math.floor(now / 1000) + SESSION_SECONDS;
  const value = signValue({ sub: 'editor', exp, sid: randomBytes(9).toString('base64url') }, 'session');
  return cookie(request, value, SESSION_SECONDS);
}

/** Set-Cookie that removes the session. */
export function clearedSessionCookie(request: Request): string {
  return cookie(request, '', 0);
}

function cookie(request: Request, value: string, maxAge: number): string {
  return `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAge}${isHttps(request) ? '; Secure' : ''}`;
}

/** The editor session the request carries: a cookie this server signed, not expired and not signed out. */
export function readSession(request: Request, now = Date.now()): Promise<Session | null> {
  return readSessionFromHeaders(request.headers, now);
}

/** `readSession` for server components, which have the request's headers but no Request. */
export async function readSessionFromHeaders(headers: Pick<Headers, 'get'>, now = Date.now()): Promise<Session | null> {
  const payload = signedSession(headers, now);
  if (!payload || (await isRevoked(payload.sid))) return null;
  return { expiresAt: new Date(payload.exp * 1000).toISOString() };
}

/**
 * Ends the session the request carries in every instance, not just this browser: the store remembers its
 * id until the cookie would have expired, so a copy of the cookie is worthless too.
 */
export async function revokeSession(request: Request, now = Date.now()): Promise<void> {
  const payload = signedSession(request.headers, now);
  if (payload) await (await getStore()).revokeSession(payload.sid, new Date(payload.exp * 1000).toISOString());
}

/** The session's payload if the cookie is one this server signed and it has not expired; no store needed. */
function signedSession(headers: Pick<Headers, 'get'>, now: number): SessionPayload | null {
  const value = readCookie(headers.get('cookie') ?? '', SESSION_COOKIE);
  if (!value) return null;
  const payload = SessionPayload.safeParse(verifyValue(value, 'session'));
  return payload.success && payload.data.exp * 1000 > now ? payload.data : null;
}

/**
 * A session whose revocation cannot be checked counts as signed out: showing a signed-in editor the
 * signed-out page is harmless, while trusting a cookie that may have been signed out is not.
 */
async function isRevoked(sid: string): Promise<boolean> {
  try {
    return await (await getStore()).isSessionRevoked(sid);
  } catch (error) {
    logger.error({ err: error }, 'cannot check whether the session was signed out; treating it as signed out');
    return true;
  }
}

function readCookie(header: string, name: string): string | null {
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}
