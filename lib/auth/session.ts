import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { signValue, verifyValue } from './signed-value';

export const SESSION_COOKIE = 'timeline_session';
const SESSION_SECONDS = 7 * 24 * 3600;

const SessionPayload = z.object({ sub: z.literal('editor'), exp: z.number(), sid: z.string() });
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

/** The editor session the request carries, if its cookie is one this server signed and it has not expired. */
export function readSession(request: Request, now = Date.now()): Session | null {
  return readSessionFromHeaders(request.headers, now);
}

/** `readSession` for server components, which have the request's headers but no Request. */
export function readSessionFromHeaders(headers: Pick<Headers, 'get'>, now = Date.now()): Session | null {
  const value = readCookie(headers.get('cookie') ?? '', SESSION_COOKIE);
  if (!value) return null;
  const payload = SessionPayload.safeParse(verifyValue(value, 'session'));
  if (!payload.success || payload.data.exp * 1000 <= now) return null;
  return { expiresAt: new Date(payload.data.exp * 1000).toISOString() };
}

function readCookie(header: string, name: string): string | null {
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}
