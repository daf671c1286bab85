import { statSync } from 'node:fs';
import path from 'node:path';
import { call, ORIGIN, setUpTempApp } from '../api/route-harness';

const dir = setUpTempApp();

import * as signInRoute from '@/app/api/auth/sign-in/route';
import * as sessionRoute from '@/app/api/auth/session/route';
import { consumeSignInToken, mintSignInLink, printSignInLink } from '@/lib/auth/sign-in-link';
import { readSession, sessionCookie } from '@/lib/auth/session';
import { isSameOrigin } from '@/lib/auth/same-origin';

const sameOrigin = { origin: ORIGIN, 'sec-fetch-site': 'same-origin' };
const tokenOf = (link: string) => new URL(link).searchParams.get('token')!;
const cookieOf = (response: Response) => response.headers.get('set-cookie')!.split(';')[0];

describe('the one-time sign-in link', () => {
  test('signs in once, sets a signed HttpOnly SameSite cookie, and is spent after', async () => {
    const link = mintSignInLink('http://localhost:3000');
    expect(link).toMatch(/^http:\/\/localhost:3000\/sign-in\?token=[\w-]{32}$/);
    const first = await call(signInRoute.POST, { method: 'POST', path: '/api/auth/sign-in', body: { token: tokenOf(link) }, headers: sameOrigin });
    expect(first.status).toBe(200);
    const setCookie = first.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/^timeline_session=[\w-]+\.[\w-]+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=\d+$/);
    const session = await call(sessionRoute.GET, { path: '/api/auth/session', headers: { cookie: cookieOf(first) } });
    expect(await session.json()).toMatchObject({ editor: true });
    const second = await call(signInRoute.POST, { method: 'POST', path: '/api/auth/sign-in', body: { token: tokenOf(link) }, headers: sameOrigin });
    expect(second.status).toBe(401);
  });

  test('printSignInLink prints a link to the given port that works once', () => {
    const log = jest.spyOn(console, 'log').mockImplementation(() => {});
    try {
      const link = printSignInLink(3123);
      expect(log.mock.calls.flat().join('\n')).toContain(`    ${link}`);
      expect(link.startsWith('http://localhost:3123/sign-in?token=')).toBe(true);
      expect(consumeSignInToken(tokenOf(link))).toBe(true);
      expect(consumeSignInToken(tokenOf(link))).toBe(false);
    } finally {
      log.mockRestore();
    }
  });

  test('the pending link is kept as a hash with 0600 permissions', () => {
    mintSignInLink('http://localhost:3000');
    expect(statSync(path.join(dir, '.timeline-sign-in')).mode & 0o777).toBe(0o600);
  });

  test('a wrong or expired token signs nobody in', async () => {
    const link = mintSignInLink('http://localhost:3000', Date.now() - 25 * 3600_000);
    const expired = await call(signInRoute.POST, { method: 'POST', path: '/x', body: { token: tokenOf(link) }, headers: { ...sameOrigin, 'x-forwarded-for': '10.1.0.1' } });
    expect(expired.status).toBe(401);
    const wrong = await call(signInRoute.POST, { method: 'POST', path: '/x', body: { token: 'x'.repeat(32) }, headers: { ...sameOrigin, 'x-forwarded-for': '10.1.0.2' } });
    expect(wrong.status).toBe(401);
  });

  test('the form post redirects home with the cookie, or back to the page with an error', async () => {
    const link = mintSignInLink('http://localhost:3000');
    const form = (token: string) =>
      call(signInRoute.POST, { method: 'POST', path: '/x', body: `token=${token}`, headers: { ...sameOrigin, 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '10.1.0.3' } });
    const ok = await form(tokenOf(link));
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe('/');
    expect(ok.headers.get('set-cookie')).toContain('timeline_session=');
    const again = await form(tokenOf(link));
    expect(again.headers.get('location')).toBe('/sign-in?error=link');
    expect(again.headers.get('set-cookie')).toBeNull();
  });

  test('a sign-in from another site is refused', async () => {
    const link = mintSignInLink('http://localhost:3000');
    const response = await call(signInRoute.POST, { method: 'POST', path: '/x', body: { token: tokenOf(link) }, headers: { origin: 'https://evil.example' } });
    expect(response.status).toBe(403);
  });
});

describe('the admin password', () => {
  afterEach(() => {
    delete process.env.TIMELINE_ADMIN_PASSWORD;
  });

  test('signs in when TIMELINE_ADMIN_PASSWORD matches, never when it is unset', async () => {
    const post = (password: string, ip: string) => call(signInRoute.POST, { method: 'POST', path: '/x', body: { password }, headers: { ...sameOrigin, 'x-forwarded-for': ip } });
    expect((await post('hunter2', '10.2.0.1')).status).toBe(401);
    process.env.TIMELINE_ADMIN_PASSWORD = 'correct horse battery staple';
    expect((await post('hunter2', '10.2.0.2')).status).toBe(401);
    expect((await post('correct horse battery staple', '10.2.0.3')).status).toBe(200);
  });

  test('guessing is rate limited per address', async () => {
    process.env.TIMELINE_ADMIN_PASSWORD = 'secret-password';
    const statuses = [];
    for (let i = 0; i < 8; i++) {
      statuses.push((await call(signInRoute.POST, { method: 'POST', path: '/x', body: { password: `guess${i}` }, headers: { ...sameOrigin, 'x-forwarded-for': '10.2.9.9' } })).status);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
  });
});

describe('sessions', () => {
  test('are Secure over HTTPS and expire', async () => {
    const https = new Request('https://timeline.example/');
    expect(sessionCookie(https)).toContain('; Secure');
    const cookie = sessionCookie(https, Date.now() - 8 * 24 * 3600_000).split(';')[0];
    expect(await readSession(new Request('https://timeline.example/', { headers: { cookie } }))).toBeNull();
  });

  test('a cookie signed with another secret is no session', async () => {
    const cookie = sessionCookie(new Request(ORIGIN)).split(';')[0];
    process.env.TIMELINE_SECRET = 'another-secret-another-secret-another-secret';
    try {
      expect(await readSession(new Request(ORIGIN, { headers: { cookie } }))).toBeNull();
    } finally {
      process.env.TIMELINE_SECRET = 'test-secret-test-secret-test-secret-0123456789';
    }
  });
});

describe('same-origin check', () => {
  const request = (headers: Record<string, string>) => new Request('http://localhost:3300/api/timelines', { method: 'POST', headers: { host: 'localhost:3300', ...headers } });

  test.each([
    [{ 'sec-fetch-site': 'same-origin' }, true],
    [{ 'sec-fetch-site': 'cross-site', origin: 'http://localhost:3300' }, false],
    [{ 'sec-fetch-site': 'same-site' }, false],
    [{ origin: 'http://localhost:3300' }, true],
    [{ origin: 'http://localhost:3300.evil.example' }, false],
    [{ origin: 'null' }, false],
    [{}, true],
  ])('%j -> %s', (headers, expected) => {
    expect(isSameOrigin(request(headers))).toBe(expected);
  });
});
