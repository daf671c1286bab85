import { call, editorHeaders, setUpTempApp } from '../api/route-harness';

setUpTempApp();

import * as tokens from '@/app/api/auth/tokens/route';
import * as token from '@/app/api/auth/tokens/[id]/route';
import * as timelines from '@/app/api/timelines/route';
import { getStore } from '@/lib/store';

afterAll(async () => {
  await (await getStore()).close();
});

const create = (name: string) => call(tokens.POST, { method: 'POST', path: '/api/auth/tokens', body: { name }, headers: editorHeaders() });
const createTimeline = (slug: string, headers: Record<string, string>) => call(timelines.POST, { method: 'POST', path: '/api/timelines', body: { slug, title: slug }, headers });

describe('API tokens', () => {
  test('an editor creates one; it is shown once, and works as a bearer token, from anywhere', async () => {
    const response = await create('newsroom importer');
    expect(response.status).toBe(201);
    const { token: secret, apiToken } = await response.json();
    expect(secret).toMatch(/^tl_[a-z0-9]{12}_[\w-]{43}$/);
    expect(apiToken).toMatchObject({ name: 'newsroom importer', lastUsedAt: null });

    const listed = await (await call(tokens.GET, { path: '/api/auth/tokens', headers: editorHeaders() })).json();
    expect(JSON.stringify(listed)).not.toContain(secret.slice(16));
    expect(listed.tokens.map((t: { id: string }) => t.id)).toContain(apiToken.id);

    // No cookie and another origin: a bearer token is not something a browser attaches by itself.
    const created = await createTimeline('by-token', { authorization: `Bearer ${secret}`, origin: 'https://tools.example' });
    expect(created.status).toBe(201);
    const used = (await (await getStore()).listApiTokens()).find((t) => t.id === apiToken.id)!;
    expect(used.lastUsedAt).not.toBeNull();
  });

  test('a revoked, altered or malformed token is a 401 and stores nothing', async () => {
    const { token: secret, apiToken } = await (await create('short-lived')).json();
    const revoked = await call(token.DELETE, { method: 'DELETE', path: '/x', params: { id: apiToken.id }, headers: editorHeaders() });
    expect(revoked.status).toBe(204);
    const altered = `${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`;
    for (const authorization of [`Bearer ${secret}`, `Bearer ${altered}`, 'Bearer', 'Basic dXNlcjpwYXNz', `Bearer ${'x'.repeat(5000)}`, "Bearer ' OR 1=1 --"]) {
      const response = await createTimeline('never', { authorization });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toContain('Bearer');
    }
    expect(await (await getStore()).getTimeline('never')).toBeNull();
  });

  test('only a signed-in editor manages tokens; a token cannot mint another', async () => {
    const { token: secret } = await (await create('robot')).json();
    const byToken = await call(tokens.POST, { method: 'POST', path: '/api/auth/tokens', body: { name: 'child' }, headers: { authorization: `Bearer ${secret}` } });
    expect(byToken.status).toBe(401);
    expect((await call(tokens.GET, { path: '/api/auth/tokens' })).status).toBe(401);
    expect((await call(token.DELETE, { method: 'DELETE', path: '/x', params: { id: 'nope' }, headers: editorHeaders() })).status).toBe(404);
    expect((await call(token.DELETE, { method: 'DELETE', path: '/x', params: { id: '../../etc' }, headers: editorHeaders() })).status).toBe(404);
  });
});
