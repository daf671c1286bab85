import { call, crossSiteHeaders, editorHeaders, setUpTempApp } from './route-harness';

setUpTempApp();

import * as timelines from '@/app/api/timelines/route';
import * as timeline from '@/app/api/timelines/[slug]/route';
import * as event from '@/app/api/timelines/[slug]/events/[eventId]/route';
import * as merge from '@/app/api/timelines/[slug]/events/[eventId]/merge/route';
import * as documents from '@/app/api/timelines/[slug]/documents/route';
import * as exportRoute from '@/app/api/timelines/[slug]/export/route';
import * as importRoute from '@/app/api/timelines/import/route';
import * as openapi from '@/app/api/openapi.json/route';
import { getStore } from '@/lib/store';
import { loadSample } from '../exchange/sample-timeline';

beforeAll(async () => {
  await loadSample(await getStore(), 'royal-family');
});

afterAll(async () => {
  await (await getStore()).close();
});

const slug = { slug: 'royal-family' };

describe('reads', () => {
  test('GET /api/timelines lists timelines, readable from any origin, with an ETag', async () => {
    const response = await call(timelines.GET, { path: '/api/timelines' });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const body = await response.json();
    expect(body.timelines[0]).toMatchObject({ slug: 'royal-family', eventCount: expect.any(Number) });
    const etag = response.headers.get('etag')!;
    const again = await call(timelines.GET, { path: '/api/timelines', headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  test('GET /api/timelines/{slug} pages through every event in order with the cursor', async () => {
    const all = await (await call(timeline.GET, { path: '/api/timelines/royal-family?limit=1000', params: slug })).json();
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=2&cursor=${cursor}` : '?limit=2';
      const page = await (await call(timeline.GET, { path: `/api/timelines/royal-family${query}`, params: slug })).json();
      expect(page.events.length).toBeLessThanOrEqual(2);
      seen.push(...page.events.map((e: { id: string }) => e.id));
      cursor = page.next;
    } while (cursor);
    expect(seen).toEqual(all.events.map((e: { id: string }) => e.id));
    expect(all.next).toBeNull();
  });

  test('filters combine: dates as days or instants, names, text, confidence', async () => {
    const get = async (query: string) =>
      (await (await call(timeline.GET, { path: `/api/timelines/royal-family?${query}`, params: slug })).json()).events.map((e: { id: string }) => e.id);
    expect(await get('person=Julius%20Caesar')).toEqual(['bc-0044-03-15-caesar-is-killed']);
    expect(await get('from=2024-02-05&to=2024-02-05T23:59:59.999Z&tag=talks')).toEqual(['2024-w06-a-week-of-talks']);
    expect(await get('q=press%20conference&minConfidence=0.8')).toEqual(['2024-02-12t10-30-press-conference']);
    expect(await get('q=press%20conference&minConfidence=0.95')).toEqual([]);
  });

  test('GET one event, 404 for an unknown one', async () => {
    const ok = await call(event.GET, { path: '/x', params: { ...slug, eventId: '2024-w06-a-week-of-talks' } });
    expect((await ok.json()).event.title).toBe('A week of talks 🗓️ with Zoë');
    const missing = await call(event.GET, { path: '/x', params: { ...slug, eventId: 'nope' } });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: { code: 'not_found', message: 'event not found' } });
  });

  test('OPTIONS allows cross-origin GET only', async () => {
    const response = await timelines.OPTIONS();
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS');
    expect(response.headers.get('access-control-allow-headers')).toBe('If-None-Match');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });

  test('the OpenAPI document is 3.1 and built from the schemas', async () => {
    const doc = await (await call(openapi.GET, { path: '/api/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    const get = doc.paths['/api/timelines/{slug}'].get;
    expect(get.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['slug', 'from', 'minConfidence', 'cursor']));
    const post = doc.paths['/api/timelines'].post;
    expect(post.requestBody.content['application/json'].schema.properties.slug.pattern).toBe('^[a-z0-9]+(?:-[a-z0-9]+)*$');
    expect(post.security).toEqual([{ session: [] }, { bearer: [] }]);
    // Rate-limited operations say so, and others do not.
    expect(Object.keys(doc.paths['/api/uploads'].post.responses)).toContain('429');
    expect(Object.keys(doc.paths['/api/auth/sign-in'].post.responses)).toEqual(expect.arrayContaining(['429', '503']));
    expect(Object.keys(doc.paths['/api/extract'].post.responses)).toEqual(expect.arrayContaining(['429', '503', '504']));
    expect(Object.keys(post.responses)).not.toContain('429');
  });
});

describe('exports', () => {
  test.each([
    ['json', 'application/json', 'royal-family.timeline.json'],
    ['csv', 'text/csv', 'royal-family.csv'],
    ['ics', 'text/calendar', 'royal-family.ics'],
    ['timelinejs', 'application/json', 'royal-family.timelinejs.json'],
  ])('format=%s is a %s download', async (format, type, filename) => {
    const response = await call(exportRoute.GET, { path: `/api/timelines/royal-family/export?format=${format}`, params: slug });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain(type);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${filename}"`);
    expect((await response.text()).length).toBeGreaterThan(100);
  });

  test('an unknown format is a 400', async () => {
    const response = await call(exportRoute.GET, { path: '/api/timelines/royal-family/export?format=pdf', params: slug });
    expect(response.status).toBe(400);
    expect((await response.json()).error.details.issues[0].path).toBe('format');
  });
});

describe('writes', () => {
  test('need a session or a token: 401 without, and nothing is stored', async () => {
    const response = await call(timelines.POST, { method: 'POST', path: '/api/timelines', body: { slug: 'new-one', title: 'New' } });
    expect(response.status).toBe(401);
    expect((await response.json()).error.code).toBe('unauthorized');
    expect(await (await getStore()).getTimeline('new-one')).toBeNull();
  });

  test('a forged or expired cookie is no session', async () => {
    const forged = `timeline_session=${Buffer.from(JSON.stringify({ sub: 'editor', exp: 9e9, sid: 'x' })).toString('base64url')}.AAAA`;
    const response = await call(timelines.POST, { method: 'POST', path: '/api/timelines', body: { slug: 'forged', title: 'F' }, headers: { cookie: forged } });
    expect(response.status).toBe(401);
  });

  test('are refused cross-site even with the editor cookie', async () => {
    const response = await call(timeline.DELETE, { method: 'DELETE', path: '/api/timelines/royal-family', params: slug, headers: crossSiteHeaders() });
    expect(response.status).toBe(403);
    expect(await (await getStore()).getTimeline('royal-family')).not.toBeNull();
  });

  test('an editor creates, edits and deletes a timeline', async () => {
    const created = await call(timelines.POST, { method: 'POST', path: '/api/timelines', body: { slug: 'scratch', title: 'Scratch' }, headers: editorHeaders() });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe('/api/timelines/scratch');
    const again = await call(timelines.POST, { method: 'POST', path: '/api/timelines', body: { slug: 'scratch', title: 'Again' }, headers: editorHeaders() });
    expect(again.status).toBe(409);
    const patched = await call(timeline.PATCH, { method: 'PATCH', path: '/x', params: { slug: 'scratch' }, body: { description: 'Edited' }, headers: editorHeaders() });
    expect((await patched.json()).timeline.description).toBe('Edited');
    const deleted = await call(timeline.DELETE, { method: 'DELETE', path: '/x', params: { slug: 'scratch' }, headers: editorHeaders() });
    expect(deleted.status).toBe(204);
    expect((await call(timeline.DELETE, { method: 'DELETE', path: '/x', params: { slug: 'scratch' }, headers: editorHeaders() })).status).toBe(404);
  });

  test('editing an event marks it edited by hand', async () => {
    const params = { ...slug, eventId: '2024-02-12t10-30-press-conference' };
    const response = await call(event.PATCH, { method: 'PATCH', path: '/x', params, body: { title: 'Press conference at No. 10' }, headers: editorHeaders() });
    expect(response.status).toBe(200);
    expect((await response.json()).event).toMatchObject({ title: 'Press conference at No. 10', editedByHand: true });
  });

  test('merging folds mentions, names and tags into the target and deletes the others', async () => {
    const store = await getStore();
    const target = (await store.listEvents('royal-family')).events.find((e) => e.mentions.length > 0 && e.id !== 'bc-0044-03-15-caesar-is-killed')!;
    const response = await call(merge.POST, {
      method: 'POST',
      path: '/x',
      params: { ...slug, eventId: target.id },
      body: { from: ['bc-0044-03-15-caesar-is-killed'] },
      headers: editorHeaders(),
    });
    expect(response.status).toBe(200);
    const merged = (await response.json()).event;
    expect(merged.title).toBe(target.title);
    expect(merged.people).toEqual(expect.arrayContaining([...target.people, 'Julius Caesar']));
    expect(merged.tags).toEqual(expect.arrayContaining(['antiquity']));
    expect(merged.mentions).toHaveLength(target.mentions.length + 1);
    expect(await store.getEvent('royal-family', 'bc-0044-03-15-caesar-is-killed')).toBeNull();
    const self = await call(merge.POST, { method: 'POST', path: '/x', params: { ...slug, eventId: target.id }, body: { from: [target.id] }, headers: editorHeaders() });
    expect(self.status).toBe(409);
  });

  test('import of our own export makes a new timeline; a second time is a conflict', async () => {
    const file = await (await call(exportRoute.GET, { path: '/x?format=json', params: slug })).text();
    const post = () =>
      call(importRoute.POST, { method: 'POST', path: '/api/timelines/import?format=json&slug=royal-copy', body: file, headers: { ...editorHeaders(), 'content-type': 'application/json' } });
    const first = await post();
    expect(first.status).toBe(201);
    expect(await first.json()).toMatchObject({ timeline: { slug: 'royal-copy' }, documents: 2 });
    expect((await post()).status).toBe(409);
  });

  test('import of a TimelineJS sheet as CSV', async () => {
    const csv = 'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\r\n2020,3,23,,,,,,,Lockdown,,,,,,,,\r\n';
    const response = await call(importRoute.POST, { method: 'POST', path: '/api/timelines/import?format=sheet&slug=from-sheet', body: csv, headers: { ...editorHeaders(), 'content-type': 'text/csv' } });
    expect(response.status).toBe(201);
    expect((await response.json()).events).toBe(1);
  });
});

describe('patches', () => {
  test('change only the fields sent', async () => {
    const params = { ...slug, eventId: '2024-w06-a-week-of-talks' };
    const before = (await (await call(event.GET, { path: '/x', params })).json()).event;
    const response = await call(event.PATCH, { method: 'PATCH', path: '/x', params, body: { summary: 'Talks all week.' }, headers: editorHeaders() });
    const after = (await response.json()).event;
    expect(after).toEqual({ ...before, summary: 'Talks all week.', editedByHand: true, updatedAt: after.updatedAt });
    const timelinePatch = await call(timeline.PATCH, { method: 'PATCH', path: '/x', params: slug, body: { title: 'Renamed' }, headers: editorHeaders() });
    expect((await timelinePatch.json()).timeline).toMatchObject({ title: 'Renamed', description: expect.stringContaining('February 2024') });
  });

  test('refuse unknown fields and fields that may not change', async () => {
    const params = { ...slug, eventId: '2024-w06-a-week-of-talks' };
    for (const body of [{ titel: 'typo' }, { id: 'new-id' }, { timeline: 'other' }, { confidence: 2 }]) {
      const response = await call(event.PATCH, { method: 'PATCH', path: '/x', params, body, headers: editorHeaders() });
      expect(response.status).toBe(400);
    }
  });
});

describe('adding articles', () => {
  const article = 'The council approved the new bridge on 3 March 2021. Construction began on 12 April 2022, the mayor said.';

  test('JSON: the events are extracted in a worker and stored with the document; the same article again is a conflict', async () => {
    const post = () => call(documents.POST, { method: 'POST', path: '/x', params: slug, body: { title: 'Bridge news', dct: '2022-05-01', text: article }, headers: { ...editorHeaders(), 'x-forwarded-for': '10.4.0.1' } });
    const response = await post();
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body.document).toMatchObject({ id: 'bridge-news', title: 'Bridge news', dct: { value: '2022-05-01', source: 'given' } });
    expect(body.document.text).toBeUndefined();
    expect(body.events.map((e: { date: { value: string } }) => e.date.value)).toEqual(expect.arrayContaining(['2021-03-03', '2022-04-12']));
    expect(await (await getStore()).getDocument('royal-family', 'bridge-news')).toMatchObject({ text: article });
    expect((await post()).status).toBe(409);
  });

  test('multipart: a .txt upload, named by its file', async () => {
    const form = new FormData();
    form.append('file', new File([article.replace('bridge', 'tunnel')], 'tunnel-report.txt', { type: 'text/plain' }));
    form.append('dct', '2022-05-01');
    const response = await call(documents.POST, { method: 'POST', path: '/x', params: slug, body: form, headers: { ...editorHeaders(), 'x-forwarded-for': '10.4.0.2' } });
    expect(response.status).toBe(201);
    expect((await response.json()).document).toMatchObject({ id: 'tunnel-report', source: 'tunnel-report.txt' });
  });

  test('multipart: a binary or unknown file is a 415', async () => {
    const form = new FormData();
    form.append('file', new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0])], 'picture.png', { type: 'image/png' }));
    const response = await call(documents.POST, { method: 'POST', path: '/x', params: slug, body: form, headers: { ...editorHeaders(), 'x-forwarded-for': '10.4.0.3' } });
    expect(response.status).toBe(415);
  });
});
