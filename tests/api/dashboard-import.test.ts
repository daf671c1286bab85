import { call, crossSiteHeaders, editorHeaders, setUpTempApp } from './route-harness';

setUpTempApp();

import * as timelines from '@/app/api/timelines/route';
import * as documents from '@/app/api/timelines/[slug]/documents/route';
import * as uploads from '@/app/api/uploads/route';
import * as extractRoute from '@/app/api/extract/route';
import * as events from '@/app/api/timelines/[slug]/events/route';
import * as reextract from '@/app/api/timelines/[slug]/documents/[documentId]/reextract/route';
import { getStore } from '@/lib/store';
import type { NewEvent } from '@/lib/model';

afterAll(async () => {
  await (await getStore()).close();
});

const slug = { slug: 'storm' };
const first = 'The storm reached the coast on 3 March 2024. Power returned on 5 March 2024 to most homes.';
const second = 'Power came back on 5 March 2024 to most homes, the utility said. Repairs ended on 20 March 2024.';

function upload(name: string, content: string | Uint8Array): FormData {
  const form = new FormData();
  form.set('file', new File([content as BlobPart], name));
  return form;
}

async function preview(text: string): Promise<NewEvent[]> {
  const response = await call(extractRoute.POST, { method: 'POST', path: '/api/extract', body: { text, dct: '2024-03-21' } });
  expect(response.status).toBe(200);
  return (await response.json()).events;
}

/** POST .../documents/ID/reextract on the storm timeline, as an editor. */
function reextractArticle(documentId: string): Promise<Response> {
  return call(reextract.POST, {
    method: 'POST',
    path: `/api/timelines/storm/documents/${documentId}/reextract`,
    headers: editorHeaders(),
    params: { slug: 'storm', documentId },
  });
}

beforeAll(async () => {
  const created = await call(timelines.POST, { method: 'POST', path: '/api/timelines', headers: editorHeaders(), body: { slug: 'storm', title: 'The storm' } });
  expect(created.status).toBe(201);
});

describe('POST /api/uploads (the preview reads files; nothing is stored)', () => {
  test('reads an HTML article to its text, without scripts', async () => {
    const html = '<html><head><title>Storm</title></head><body><article><p>The storm reached the coast on 3 March 2024, officials said, and homes lost power.</p><script>alert(1)</script></article></body></html>';
    const response = await call(uploads.POST, { method: 'POST', path: '/api/uploads', headers: editorHeaders(), body: upload('storm.html', html) });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.text).toContain('The storm reached the coast on 3 March 2024');
    expect(body.text).not.toContain('alert');
  });

  test.each([
    ['empty.txt', '', /empty/],
    ['photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), /binary/],
    ['latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9]), /not UTF-8/],
  ])('refuses %s with 415 and a message for people', async (name, content, message) => {
    const response = await call(uploads.POST, { method: 'POST', path: '/api/uploads', headers: editorHeaders(), body: upload(name, content) });
    expect(response.status).toBe(415);
    expect((await response.json()).error.message).toMatch(message);
  });

  test('needs an editor, and refuses cross-site requests', async () => {
    expect((await call(uploads.POST, { method: 'POST', path: '/api/uploads', body: upload('a.txt', 'On 3 March 2024.') })).status).toBe(401);
    expect((await call(uploads.POST, { method: 'POST', path: '/api/uploads', headers: crossSiteHeaders(), body: upload('a.txt', 'On 3 March 2024.') })).status).toBe(403);
  });
});

describe('saving reviewed articles', () => {
  test('stores the events as the editor left them, and a second article merges into existing ids', async () => {
    const events = await preview(first);
    const power = events.find((e) => e.date.value === '2024-03-05')!;
    const reviewed = events.map((e) => (e === power ? { ...e, title: 'Power returns to most homes', editedByHand: true } : e));
    const saved = await call(documents.POST, {
      method: 'POST',
      path: '/api/timelines/storm/documents',
      headers: editorHeaders(),
      params: slug,
      body: { title: 'Storm hits coast', dct: '2024-03-21', text: first, events: reviewed },
    });
    expect(saved.status).toBe(201);
    const stored = await (await getStore()).listEvents('storm');
    const kept = stored.events.find((e) => e.date.value === '2024-03-05')!;
    expect(kept).toMatchObject({ id: power.id, title: 'Power returns to most homes', editedByHand: true });
    expect(kept.mentions[0].documentId).toBe('storm-hits-coast');

    const again = await call(documents.POST, {
      method: 'POST',
      path: '/api/timelines/storm/documents',
      headers: editorHeaders(),
      params: slug,
      body: { title: 'Repairs end', dct: '2024-03-21', text: second, events: await preview(second) },
    });
    expect(again.status).toBe(201);
    const after = (await (await getStore()).listEvents('storm')).events;
    const merged = after.filter((e) => e.date.value === '2024-03-05');
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ id: power.id, title: 'Power returns to most homes' });
    expect(merged[0].mentions.map((m) => m.documentId).sort()).toEqual(['repairs-end', 'storm-hits-coast']);
    expect(after.some((e) => e.date.value === '2024-03-20')).toBe(true);
  });

  test('refuses reviewed events whose offsets point outside the text, storing nothing', async () => {
    const [event] = await preview(first);
    const bad = { ...event, mentions: event.mentions!.map((m) => ({ ...m, end: 10_000, timexEnd: 9_000, timexStart: 8_000 })) };
    const response = await call(documents.POST, {
      method: 'POST',
      path: '/api/timelines/storm/documents',
      headers: editorHeaders(),
      params: slug,
      body: { title: 'Broken', text: first, events: [bad] },
    });
    expect(response.status).toBe(400);
    expect(await (await getStore()).getDocument('storm', 'broken')).toBeNull();
  });
});

describe('events by hand and re-extraction', () => {
  test('POST /api/timelines/{slug}/events adds an event with a readable id, unique on the timeline', async () => {
    const body = { title: 'Clean-up begins', date: { value: '2024-03-22', start: '2024-03-22T00:00:00.000Z', end: '2024-03-22T23:59:59.999Z', granularity: 'day' } };
    const first = await call(events.POST, { method: 'POST', path: '/api/timelines/storm/events', headers: editorHeaders(), params: slug, body });
    expect(first.status).toBe(201);
    expect((await first.json()).event).toMatchObject({ id: '2024-03-22-clean-up-begins', editedByHand: true, confidence: 1, mentions: [] });
    const second = await call(events.POST, { method: 'POST', path: '/api/timelines/storm/events', headers: editorHeaders(), params: slug, body });
    expect((await second.json()).event.id).toBe('2024-03-22-clean-up-begins-2');
    const anonymous = await call(events.POST, { method: 'POST', path: '/api/timelines/storm/events', params: slug, body });
    expect(anonymous.status).toBe(401);
    const bad = await call(events.POST, { method: 'POST', path: '/api/timelines/storm/events', headers: editorHeaders(), params: slug, body: { title: 'No date' } });
    expect(bad.status).toBe(400);
  });

  test('re-extracting an article keeps the editor\u2019s edits and adds nothing twice', async () => {
    const store = await getStore();
    const before = (await store.listEvents('storm')).events;
    const power = before.find((e) => e.date.value === '2024-03-05')!;
    await store.updateEvent('storm', power.id, { title: 'Power is back', editedByHand: true });
    const response = await reextractArticle('storm-hits-coast');
    expect(response.status).toBe(200);
    const after = (await store.listEvents('storm')).events;
    expect(after.find((e) => e.id === power.id)!.title).toBe('Power is back');
    expect(after.map((e) => e.id).sort()).toEqual(before.map((e) => e.id).sort());
    const missing = await reextractArticle('nope');
    expect(missing.status).toBe(404);
  });

  test('re-extracting an article does not bring back an event the editor deleted', async () => {
    const store = await getStore();
    const storm = (await store.listEvents('storm')).events.find((e) => e.date.value === '2024-03-03')!;
    expect(await store.deleteEvent('storm', storm.id)).toBe(true);
    const response = await reextractArticle('storm-hits-coast');
    expect(response.status).toBe(200);
    expect((await store.listEvents('storm')).events.map((e) => e.id)).not.toContain(storm.id);
  });
});
