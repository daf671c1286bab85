import { call, editorHeaders, ORIGIN, setUpTempApp } from '../api/route-harness';

setUpTempApp();

import * as signOutRoute from '@/app/api/auth/sign-out/route';
import * as sessionRoute from '@/app/api/auth/session/route';
import * as tokensRoute from '@/app/api/auth/tokens/route';
import * as timelinesRoute from '@/app/api/timelines/route';
import { readSessionFromHeaders } from '@/lib/auth/session';
import { getStore } from '@/lib/store';

afterAll(async () => {
  await (await getStore()).close();
});

afterEach(() => jest.restoreAllMocks());

const signOut = (headers: Record<string, string>) => call(signOutRoute.POST, { method: 'POST', path: '/api/auth/sign-out', headers });
const createTimeline = (headers: Record<string, string>, slug: string) =>
  call(timelinesRoute.POST, { method: 'POST', path: '/api/timelines', body: { slug, title: 'T' }, headers });
const isEditor = async (headers: Record<string, string>) => (await (await call(sessionRoute.GET, { path: '/api/auth/session', headers })).json()).editor;

describe('signing out', () => {
  test('revokes the session: its cookie, replayed, writes nothing and shows signed out, while another session stays valid', async () => {
    const copied = editorHeaders();
    const other = editorHeaders();
    expect((await createTimeline(copied, 'before')).status).toBe(201);

    const response = await signOut(copied);
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toMatch(/^timeline_session=; Path=\/; HttpOnly; SameSite=Lax; Max-Age=0$/);

    const replayed = await createTimeline(copied, 'after');
    expect(replayed.status).toBe(401);
    expect(await (await getStore()).getTimeline('after')).toBeNull();
    expect((await call(tokensRoute.GET, { path: '/api/auth/tokens', headers: copied })).status).toBe(401);
    expect(await isEditor(copied)).toBe(false);
    // What the layout and pages ask to decide whether to show editing.
    expect(await readSessionFromHeaders(new Headers({ cookie: copied.cookie }))).toBeNull();

    expect(await isEditor(other)).toBe(true);
    expect((await createTimeline(other, 'other')).status).toBe(201);
  });

  test('the form post redirects home', async () => {
    const response = await signOut({ ...editorHeaders(), 'content-type': 'application/x-www-form-urlencoded' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/');
  });

  test('without a session only clears the cookie', async () => {
    const revoke = jest.spyOn(await getStore(), 'revokeSession');
    const response = await signOut({ origin: ORIGIN, 'sec-fetch-site': 'same-origin' });
    expect(response.status).toBe(200);
    expect(revoke).not.toHaveBeenCalled();
  });

  test('from another site is refused and revokes nothing', async () => {
    const headers = editorHeaders();
    const response = await signOut({ ...headers, origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' });
    expect(response.status).toBe(403);
    expect(await isEditor(headers)).toBe(true);
  });

  test('that fails in the store says so, and the session is not reported as ended', async () => {
    const headers = editorHeaders();
    jest.spyOn(await getStore(), 'revokeSession').mockRejectedValue(new Error('database is locked'));
    const response = await signOut(headers);
    expect(response.status).toBe(500);
    expect(response.headers.get('set-cookie')).toBeNull();
  });
});

describe('a session whose revocation cannot be checked', () => {
  test('counts as signed out: no writes, no editing shown', async () => {
    const headers = editorHeaders();
    jest.spyOn(await getStore(), 'isSessionRevoked').mockRejectedValue(new Error('connection refused'));
    expect((await createTimeline(headers, 'unchecked')).status).toBe(401);
    expect(await readSessionFromHeaders(new Headers({ cookie: headers.cookie }))).toBeNull();
  });

  test('is not even looked up without a signed cookie', async () => {
    const lookup = jest.spyOn(await getStore(), 'isSessionRevoked');
    expect(await readSessionFromHeaders(new Headers({ cookie: 'timeline_session=forged.value' }))).toBeNull();
    expect(await readSessionFromHeaders(new Headers())).toBeNull();
    expect(lookup).not.toHaveBeenCalled();
  });
});
