// The hostile-input battery, run against whichever store DATABASE_URL names when the suite starts:
// every request gets a 4xx with a JSON error, never a 5xx, and the store is unchanged afterwards.
import { call, editorHeaders } from './route-harness';
import * as timelines from '@/app/api/timelines/route';
import * as timeline from '@/app/api/timelines/[slug]/route';
import * as event from '@/app/api/timelines/[slug]/events/[eventId]/route';
import * as documents from '@/app/api/timelines/[slug]/documents/route';
import * as exportRoute from '@/app/api/timelines/[slug]/export/route';
import * as importRoute from '@/app/api/timelines/import/route';
import * as extract from '@/app/api/extract/route';
import { collectTimeline } from '@/lib/exchange/collect-timeline';
import { getStore } from '@/lib/store';
import { loadSample } from '../exchange/sample-timeline';


/** Everything the store holds, to prove that no hostile request changed it. */
async function storeContents(): Promise<string> {
  const store = await getStore();
  const all = [];
  for (const t of await store.listTimelines()) all.push(await collectTimeline(store, t.slug));
  return JSON.stringify(all);
}

/** Registers the battery in the calling test file; DATABASE_URL must name the store by the time it starts. */
export function hostileInputBattery(): void {
  let snapshot: string;

  beforeAll(async () => {
    await loadSample(await getStore(), 'royal-family');
    snapshot = await storeContents();
  });

  afterAll(async () => {
    // Compared as one boolean: a failure should not print the whole store.
    expect((await storeContents()) === snapshot).toBe(true);
    await (await getStore()).close();
  });

  /** A client error with our JSON error shape, never a 5xx. */
  async function expectClientError(response: Response, status?: number) {
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    if (status) expect(response.status).toBe(status);
    const body = await response.json();
    expect(body.error).toEqual(expect.objectContaining({ code: expect.any(String), message: expect.any(String) }));
  }

  const SLUGS = ['../etc/passwd', '..%2F..%2Fetc%2Fpasswd', '..', "x' OR '1'='1", 'x; DROP TABLE timelines;--', '<script>alert(1)</script>', 'ROYAL-FAMILY', 'a'.repeat(10_000), '\u0000', 'royal-family/../../x', '%00', 'royal--family'];

  describe('hostile path segments are 404s', () => {
    test.each(SLUGS)('timeline %j', async (slug) => {
      await expectClientError(await call(timeline.GET, { path: '/x', params: { slug } }), 404);
      await expectClientError(await call(exportRoute.GET, { path: '/x', params: { slug } }), 404);
      await expectClientError(await call(event.GET, { path: '/x', params: { slug: 'royal-family', eventId: slug } }), 404);
    });
  });

  const QUERIES = [
    'limit=1e309',
    'limit=-1',
    'limit=0',
    'limit=99999999999999999999',
    'limit=2.5',
    'minConfidence=NaN',
    'minConfidence=Infinity',
    'minConfidence=1e400',
    'minConfidence=-0.1',
    'from=2024-13-45',
    'from=2024-02-30',
    "from=';DROP TABLE events;--",
    'to=tomorrow',
    'cursor=garbage',
    `cursor=${Buffer.from(JSON.stringify([1e308, 'x'])).toString('base64url')}`,
    `cursor=${Buffer.from(JSON.stringify([0, '../x'])).toString('base64url')}`,
    'limit=1&limit=2',
    'unknown=1',
    `q=${'x'.repeat(501)}`,
    'person[$ne]=x',
  ];

  describe('hostile query strings are 400s', () => {
    test.each(QUERIES)('?%s', async (query) => {
      await expectClientError(await call(timeline.GET, { path: `/api/timelines/royal-family?${query}`, params: { slug: 'royal-family' } }), 400);
    });

    test('SQL and script text in filters is only text', async () => {
      for (const q of ["' OR 1=1 --", '%', '_', '<script>alert(1)</script>', '\\', '"; DROP TABLE events; --']) {
        const response = await call(timeline.GET, { path: `/api/timelines/royal-family?q=${encodeURIComponent(q)}&person=${encodeURIComponent(q)}`, params: { slug: 'royal-family' } });
        expect(response.status).toBe(200);
        expect((await response.json()).events).toEqual([]);
      }
    });
  });

  const BODIES: [string, string][] = [
    ['empty', ''],
    ['truncated', '{"slug": "x", "title": '],
    ['trailing comma', '{"slug": "x", "title": "x",}'],
    ['null', 'null'],
    ['array', '[]'],
    ['string', '"timeline"'],
    ['number slug', '{"slug": 123, "title": "x"}'],
    ['operator object', '{"slug": {"$ne": null}, "title": "x"}'],
    ['array title', '{"slug": "x", "title": ["a"]}'],
    ['huge number', '{"slug": "x", "title": "x", "description": 1e400}'],
    ['traversal slug', '{"slug": "../../etc", "title": "x"}'],
    ['SQL slug', '{"slug": "x\'; DROP TABLE timelines;--", "title": "x"}'],
    ['script slug', '{"slug": "<script>alert(1)</script>", "title": "x"}'],
    ['NUL in title', '{"slug": "nul", "title": "a\\u0000b"}'],
    ['blank title', '{"slug": "blank", "title": "   "}'],
    ['proto pollution', '{"__proto__": {"admin": true}, "constructor": {"prototype": {"admin": true}}}'],
    ['deep nesting', '['.repeat(100_000)],
    ['lone surrogate', '{"slug": "x", "title": "\\ud800"}'],
  ];

  describe('hostile bodies to a write, from a signed-in editor, are 4xx and store nothing', () => {
    test.each(BODIES)('%s', async (_, body) => {
      const response = await call(timelines.POST, { method: 'POST', path: '/api/timelines', body, headers: { ...editorHeaders(), 'content-type': 'application/json' } });
      await expectClientError(response);
    });

    test('a wrong or missing Content-Type is a 415', async () => {
      const body = JSON.stringify({ slug: 'typed', title: 'x' });
      for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/jsonp', '']) {
        await expectClientError(await call(timelines.POST, { method: 'POST', path: '/api/timelines', body, headers: { ...editorHeaders(), 'content-type': type } }), 415);
      }
    });

    test('a body over 1 MB is a 413, by Content-Length or by what arrives', async () => {
      const big = JSON.stringify({ slug: 'big', title: 'x', description: 'x'.repeat(1_100_000) });
      await expectClientError(await call(timelines.POST, { method: 'POST', path: '/api/timelines', body: big, headers: { ...editorHeaders(), 'content-type': 'application/json' } }), 413);
      const stream = new ReadableStream({
        pull(controller) {
          controller.enqueue(new TextEncoder().encode('x'.repeat(64 * 1024)));
        },
      });
      const request = new Request('http://localhost:3300/api/timelines', { method: 'POST', body: stream, headers: { ...editorHeaders(), 'content-type': 'application/json' }, duplex: 'half' } as RequestInit);
      await expectClientError(await timelines.POST(request, { params: Promise.resolve({}) } as never), 413);
    });

    test('an article with a bad date or no text is refused before extraction', async () => {
      for (const body of [{ text: '' }, { text: 'x', dct: '2024-02-30' }, { text: 'x', id: '../x' }, { text: 7 }, { text: 'x', extra: 1 }]) {
        const headers = { ...editorHeaders(), 'x-forwarded-for': '10.0.1.1' };
        await expectClientError(await call(documents.POST, { method: 'POST', path: '/x', params: { slug: 'royal-family' }, body, headers }), 400);
      }
    });

    test('imports of broken files are 400s', async () => {
      const cases: [string, string, string][] = [
        ['json', 'application/json', '{"format": "timeline", "version": 99}'],
        ['json', 'application/json', '{'],
        ['timelinejs', 'application/json', '{"events": [{"start_date": {"year": "MMXX"}}]}'],
        ['timelinejs', 'application/json', '{"events": [{"start_date": {"year": 2020, "month": 2, "day": 30}}]}'],
        ['sheet', 'text/csv', 'Year,Headline\r\n,nothing'],
        ['sheet', 'text/csv', 'not,a,sheet'],
      ];
      for (const [i, [format, type, body]] of cases.entries()) {
        // Each from its own address, so that the upload rate limit does not answer first.
        const headers = { ...editorHeaders(), 'content-type': type, 'x-forwarded-for': `10.0.0.${i}` };
        await expectClientError(await call(importRoute.POST, { method: 'POST', path: `/api/timelines/import?format=${format}&slug=broken`, body, headers }), 400);
      }
      await expectClientError(await call(importRoute.POST, { method: 'POST', path: '/api/timelines/import?format=xml&slug=broken', body: '<x/>', headers: { ...editorHeaders(), 'content-type': 'application/xml' } }), 400);
    });
  });

  describe('extract refuses bad input before it runs', () => {
    test.each<[string, unknown]>([
      ['no text', {}],
      ['empty text', { text: '' }],
      ['bad day', { text: 'x', dct: '2024-02-30' }],
      ['day as number', { text: 'x', dct: 20240101 }],
      ['too long', { text: 'x'.repeat(500_001) }],
      ['unknown field', { text: 'x', html: '<script>' }],
    ])('%s', async (_, body) => {
      await expectClientError(await call(extract.POST, { method: 'POST', path: '/api/extract', body, headers: { 'x-forwarded-for': '10.9.9.9' } }), 400);
    });
  });
}
