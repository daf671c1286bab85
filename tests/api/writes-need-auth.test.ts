import { readdirSync } from 'node:fs';
import path from 'node:path';
import { call, crossSiteHeaders, setUpTempApp } from './route-harness';

setUpTempApp();

import { getStore } from '@/lib/store';
import { loadSample } from '../exchange/sample-timeline';

const WRITES = ['POST', 'PUT', 'PATCH', 'DELETE'] as const;
/** Writes that are not writes to our data: they must stay open, each for its stated reason. */
const OPEN = new Map([
  ['POST /api/extract', 'stores nothing; rate limited instead'],
  ['POST /api/auth/sign-in', 'is how one gets a session'],
  ['POST /api/auth/sign-out', 'only ends the caller’s own session'],
]);

/** Every route file under app/api, found on disk so that a route added later is checked too. */
function routeFiles(dir = path.join(process.cwd(), 'app', 'api')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? routeFiles(path.join(dir, entry.name)) : entry.name === 'route.ts' ? [path.join(dir, entry.name)] : [],
  );
}

const apiPath = (file: string) => `/${path.relative(path.join(process.cwd(), 'app'), path.dirname(file)).split(path.sep).join('/')}`;
/** Real addresses, so that a route which checked its params before auth would still be caught. */
const params = { slug: 'royal-family', eventId: '2024-w06-a-week-of-talks', documentId: 'second', id: 'abcdefghijkl' };

beforeAll(async () => {
  await loadSample(await getStore(), 'royal-family');
});

afterAll(async () => {
  await (await getStore()).close();
});

const cases = routeFiles().flatMap((file) => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the route list is only known at run time.
  const route = require(file) as Record<string, unknown>;
  return WRITES.filter((method) => typeof route[method] === 'function').map((method) => ({ method, file, name: `${method} ${apiPath(file)}`, handler: route[method] }));
});

test('finds the write routes', () => {
  expect(cases.length).toBeGreaterThanOrEqual(10);
});

describe.each(cases.filter((c) => !OPEN.has(c.name)))('$name', ({ method, name, handler }) => {
  const body = JSON.stringify({ slug: 'x', title: 'x', text: 'On 1 May 2020 it happened.', from: ['2020-x'], name: 'x' });

  test('refuses a request without a session or token (401), and changes nothing', async () => {
    const before = JSON.stringify(await (await getStore()).listTimelines());
    const response = await call(handler as never, { method, path: name.split(' ')[1], params, body, headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(401);
    expect(JSON.stringify(await (await getStore()).listTimelines())).toBe(before);
  });

  test('refuses the editor’s cookie on a cross-site request (403)', async () => {
    const response = await call(handler as never, { method, path: name.split(' ')[1], params, body, headers: { ...crossSiteHeaders(), 'content-type': 'application/json' } });
    expect(response.status).toBe(403);
  });
});
