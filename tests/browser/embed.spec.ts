import { expect, test } from '@playwright/test';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import type { Event } from '@/lib/model';
import { e2eStore } from './e2e-store';

const EVENT_ID = '2024-01-29-king-charles-iii-leaves-the-london-clinic';
// The page on another origin that embeds us: a second local server, on a port of the embed engineer's range.
const HOST_PORT = Number(process.env.E2E_EMBED_HOST_PORT ?? 3402);

let host: http.Server;
let hostPages: Record<string, string> = {};
const hostOrigin = () => `http://127.0.0.1:${(host.address() as AddressInfo).port}`;

test.beforeAll(async () => {
  host = http.createServer((req, res) => {
    const html = hostPages[req.url ?? ''];
    res.writeHead(html ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' }).end(html ?? 'not found');
  });
  await new Promise<void>((resolve, reject) => host.once('error', reject).listen(HOST_PORT, '127.0.0.1', resolve));
});

test.afterAll(async () => {
  await new Promise((resolve) => host.close(resolve));
});

test('the timeline embed is plain HTML with one small script, frameable by any site and cookie-free', async ({ page, baseURL }) => {
  const scripts: { url: string; bytes: number }[] = [];
  page.on('requestfinished', async (request) => {
    if (request.resourceType() === 'script') scripts.push({ url: request.url(), bytes: (await request.sizes()).responseBodySize });
  });
  const response = await page.goto('/embed/royal-family?theme=dark&lanes=people');
  expect(response?.status()).toBe(200);
  const headers = response!.headers();
  expect(headers['content-security-policy']).toContain('frame-ancestors *');
  expect(headers['x-frame-options']).toBeUndefined();
  expect(headers['set-cookie']).toBeUndefined();
  expect(headers['etag']).toBeTruthy();
  expect(headers['cache-control']).toContain('public');

  await expect(page.locator('.tl[data-ready="true"]')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('.tl-lanes')).toHaveValue('person');
  // "Open" leads to the full page showing the same view (the window is added once the renderer reports it).
  await expect(page.getByRole('link', { name: 'Open ↗' })).toHaveAttribute('href', new RegExp(`^${baseURL}/timelines/royal-family\\?(from=[^&]+&to=[^&]+&)?lanes=people$`));
  // One bundle, no Next.js runtime, within the 50 KB (gzip) budget.
  await expect.poll(() => scripts.length).toBe(1);
  expect(scripts[0].url).toMatch(/\/embed\/_assets\/timeline-[0-9a-f]+\.js$/);
  expect(scripts[0].bytes).toBeLessThanOrEqual(50 * 1024);
  expect(await page.locator('script[src*="/_next/"]').count()).toBe(0);
  await page.screenshot({ path: 'test-results/browser/embed-timeline-dark.png' });

  // A second view of an unchanged timeline costs a 304.
  const again = await page.request.get('/embed/royal-family?theme=dark&lanes=people', { headers: { 'If-None-Match': headers['etag'] } });
  expect(again.status()).toBe(304);
});

test("the embed's events come in a gzip file named by the timeline's version, kept for good; an edit names a new one at once", async ({ page, request }) => {
  const eventsFile = async () => /<link rel="preload" href="([^"]+)" as="fetch"/.exec(await (await request.get('/embed/royal-family')).text())![1];
  const titles = async (path: string) => {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    // A gzip file, not a gzip encoding: nothing on the way may encode it again.
    expect(response.headers()['content-type']).toBe('application/gzip');
    expect(response.headers()['content-encoding']).toBeUndefined();
    const events = JSON.parse(gunzipSync(await response.body()).toString('utf8')) as Event[];
    return { cacheControl: response.headers()['cache-control'], titles: events.map((e) => e.title) };
  };
  const before = await eventsFile();
  const first = await titles(before);
  expect(first.cacheControl).toContain('immutable');
  expect(first.titles).toContain('King Charles III leaves The London Clinic');

  const store = await e2eStore();
  try {
    expect(await store.updateEvent('royal-family', EVENT_ID, { title: 'The King leaves hospital' })).not.toBeNull();
    const after = await eventsFile();
    expect(after).not.toBe(before);
    expect((await titles(after)).titles).toContain('The King leaves hospital');
    // A document cached before the edit still names the old file: it gets today's events, not kept for good.
    const old = await titles(before);
    expect(old.cacheControl).toContain('no-cache');
    expect(old.titles).toContain('The King leaves hospital');

    await page.goto('/embed/royal-family');
    await page.getByRole('button', { name: 'List' }).click();
    await expect(page.getByRole('button', { name: 'The King leaves hospital' })).toBeVisible();
  } finally {
    await store.updateEvent('royal-family', EVENT_ID, { title: 'King Charles III leaves The London Clinic' });
    await store.close();
  }
});

test('the embed refuses a malformed address with a clear 400, and an unknown timeline with 404', async ({ request }) => {
  const bad = await request.get('/embed/royal-family?theme=purple&height=5');
  expect(bad.status()).toBe(400);
  expect(await bad.text()).toContain('theme:');
  const missing = await request.get('/embed/no-such-timeline');
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('There is no timeline');
});

test('the event card embed shows the event with its date words marked', async ({ page }) => {
  const response = await page.goto(`/embed/royal-family/events/${EVENT_ID}?lang=fr`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('King Charles III leaves The London Clinic');
  await expect(page.locator('time')).toHaveText('29 janvier 2024');
  await expect(page.locator('mark')).toHaveText('January 29');
  await page.screenshot({ path: 'test-results/browser/embed-card.png' });
});

test('a page on another origin embeds the timeline with the script snippet, and the iframe takes its content height', async ({ page, baseURL }) => {
  hostPages = {
    '/article': `<!doctype html><html><body style="margin:0;font-family:sans-serif"><h1>A news article</h1>
<div data-timeline-embed data-src="${baseURL}/embed/royal-family?controls=hide" data-height="150"><a href="${baseURL}/timelines/royal-family">Royal family</a></div>
<p id="after">The article goes on.</p>
<script async src="${baseURL}/embed.js"></script></body></html>`,
  };
  await page.goto(`${hostOrigin()}/article`);
  const iframe = page.locator('iframe');
  await expect(iframe).toHaveAttribute('src', `${baseURL}/embed/royal-family?controls=hide`);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('.tl[data-ready="true"]')).toBeVisible();
  const contentHeight = async () => (await (await iframe.elementHandle())!.contentFrame())!.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
  await expect.poll(async () => Math.round((await iframe.boundingBox())!.height)).toBe(await contentHeight());
  expect(await contentHeight()).toBeGreaterThan(150);

  // A message from the host page itself (not the iframe) must not resize it.
  const before = (await iframe.boundingBox())!.height;
  await page.evaluate(() => window.postMessage({ type: 'timeline-embed:height', height: 5000 }, '*'));
  await page.waitForTimeout(300);
  expect((await iframe.boundingBox())!.height).toBe(before);
  await page.screenshot({ path: 'test-results/browser/embed-on-another-origin.png', fullPage: true });
});

test('a page that is not an embed refuses to be framed by another origin', async ({ page, baseURL, request }) => {
  const headers = (await request.get('/timelines/royal-family')).headers();
  expect(headers['x-frame-options']).toBe('SAMEORIGIN');
  expect(headers['content-security-policy']).toContain("frame-ancestors 'self'");

  hostPages = { '/framed': `<!doctype html><html><body><iframe src="${baseURL}/timelines/royal-family" width="600" height="400"></iframe></body></html>` };
  await page.goto(`${hostOrigin()}/framed`);
  await page.waitForTimeout(1000);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  // Chromium swaps a refused frame for its own error page ("... refused to connect"): the timeline never loads in it.
  expect(frame?.url()).toMatch(/^chrome-error:/);
  await expect(frame!.locator('body')).not.toContainText('royal family');
});

test('oEmbed: pages advertise the endpoint, and it answers per the spec', async ({ page, request, baseURL }) => {
  const pageUrl = `${baseURL}/timelines/royal-family/events/${EVENT_ID}`;
  await page.goto(pageUrl);
  const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
  expect(href).toBe(`${baseURL}/api/oembed?url=${encodeURIComponent(pageUrl)}&format=json`);

  const response = await request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/json');
  const body = await response.json();
  expect(body).toMatchObject({ type: 'rich', version: '1.0', title: 'King Charles III leaves The London Clinic', provider_name: 'Timeline' });
  expect(Number.isInteger(body.width) && Number.isInteger(body.height)).toBe(true);
  expect(body.html).toContain(`<iframe src="${baseURL}/embed/royal-family/events/${EVENT_ID}"`);
  const thumbnail = await request.get(body.thumbnail_url);
  expect(thumbnail.headers()['content-type']).toBe('image/png');

  const small = await (await request.get(`/api/oembed?url=${encodeURIComponent(`${baseURL}/timelines/royal-family`)}&maxwidth=400&maxheight=200`)).json();
  expect(small).toMatchObject({ width: 400, height: 200 });
  expect(small.html).toContain('/embed/royal-family?height=200');

  expect((await request.get(`/api/oembed?url=${encodeURIComponent(`${baseURL}/about`)}`)).status()).toBe(404);
  expect((await request.get(`/api/oembed?url=${encodeURIComponent(`${baseURL}/timelines/no-such-timeline`)}`)).status()).toBe(404);
  expect((await request.get(`/api/oembed?url=${encodeURIComponent(pageUrl)}&format=xml`)).status()).toBe(501);
  expect((await request.get('/api/oembed')).status()).toBe(400);
});
