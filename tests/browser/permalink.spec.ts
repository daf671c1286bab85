import { expect, test, type Page } from '@playwright/test';
import { e2eStore } from './e2e-store';

const SLUG = 'royal-family';
const EVENT_ID = '2024-01-29-king-charles-iii-leaves-the-london-clinic';
const TITLE = 'King Charles III leaves The London Clinic';
const PERMALINK = `/timelines/${SLUG}/events/${EVENT_ID}`;

const meta = (page: Page, selector: string) => page.locator(selector).first().getAttribute('content');

test('an event permalink is server-rendered with its share tags and JSON-LD, and opens the timeline on the event', async ({ page, request, baseURL }) => {
  // Server-rendered: the raw HTML already holds the event and its tags, before any script runs.
  const html = await (await request.get(PERMALINK)).text();
  expect(html).toContain(`<h1 id="event-title"`);
  expect(html).toContain('January 29</mark>');

  const response = await page.goto(PERMALINK);
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle(`${TITLE} · Timeline`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(page.locator('article time').first()).toHaveText('On 29 January 2024');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}${PERMALINK}`);
  expect(await meta(page, 'meta[name="description"]')).toContain('by his side on January 29');
  expect(await meta(page, 'meta[property="og:title"]')).toBe(TITLE);
  expect(await meta(page, 'meta[property="og:url"]')).toBe(`${baseURL}${PERMALINK}`);
  expect(await meta(page, 'meta[name="twitter:card"]')).toBe('summary_large_image');
  const image = await meta(page, 'meta[property="og:image"]');
  expect(image).toContain(`${PERMALINK}/opengraph-image`);

  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd).toMatchObject({ '@context': 'https://schema.org', '@type': 'Event', name: TITLE, startDate: '2024-01-29' });

  // Neighbours, people and places.
  await expect(page.getByRole('link', { name: /Previous Harry st\w+ down as a working royal/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Next .*Harry fl\w+ back to the UK/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Queen Camilla' })).toHaveAttribute('href', `/timelines/${SLUG}?person=Queen+Camilla`);

  // The timeline below is focused on the event, with it selected.
  await expect(page.locator('.tl[data-ready="true"]')).toBeVisible();
  await expect(page.locator('.tl-panel')).toBeVisible();
  await expect(page.locator('.tl-panel-title')).toHaveText(TITLE);
  // The page itself carries only the event and its neighbours; the whole timeline follows from its events file.
  const store = await e2eStore();
  const count = await store
    .listEvents(SLUG)
    .then(({ events }) => events.length)
    .finally(() => store.close());
  expect(count).toBeGreaterThan(3);
  await page.getByRole('button', { name: 'List' }).click();
  await expect(page.locator('.tl-table caption')).toHaveText(`${count} events in time order`);
  await page.getByRole('button', { name: 'Timeline' }).click();
  await page.screenshot({ path: 'test-results/browser/permalink.png', fullPage: true });

  // The share image is a 1200x630 PNG, read from its header.
  const png = await (await request.get(new URL(image!).pathname)).body();
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
});

test('every load of a permalink carries a nonce of its own, also once its render is kept (lib/permalink/kept-pages.ts)', async ({ request }) => {
  const load = async () => {
    const response = await request.get(PERMALINK, { headers: { accept: 'text/html', 'sec-fetch-dest': 'document' } });
    expect(response.status()).toBe(200);
    const nonce = /'nonce-([^']+)'/.exec(response.headers()['content-security-policy'])![1];
    const html = await response.text();
    expect(html).toContain(`<h1 id="event-title"`);
    return { nonce, inPage: new Set([...html.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1])) };
  };
  const loads = [];
  for (let i = 0; i < 4; i++) loads.push(await load());
  for (const { nonce, inPage } of loads) expect(inPage).toEqual(new Set([nonce]));
  expect(new Set(loads.map((l) => l.nonce)).size).toBe(loads.length);
});

test('an unknown event answers 404', async ({ request }) => {
  expect((await request.get(`/timelines/${SLUG}/events/no-such-event`)).status()).toBe(404);
  expect((await request.get(`/timelines/${SLUG}/events/Not_An_Id`)).status()).toBe(404);
});

test('renaming an event keeps its permalink, which shows the new title', async ({ page }) => {
  const store = await e2eStore();
  try {
    expect(await store.updateEvent(SLUG, EVENT_ID, { title: 'The King leaves hospital' })).not.toBeNull();
    const response = await page.goto(PERMALINK);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The King leaves hospital');
    expect(page.url()).toContain(PERMALINK);
  } finally {
    await store.updateEvent(SLUG, EVENT_ID, { title: TITLE });
    await store.close();
  }
});

test('an event whose id changed answers 308 to its new address; a deleted event answers 410 with a link to its timeline', async ({ page, request }) => {
  const OLD = '2024-02-30-a-scratch-event';
  const NEW = '2024-02-29-a-scratch-event';
  const store = await e2eStore();
  try {
    const day = { value: '2024-02-29', start: '2024-02-29T00:00:00.000Z', end: '2024-02-29T23:59:59.999Z', granularity: 'day' as const };
    await store.addEvents(SLUG, [{ id: OLD, title: 'A scratch event', date: day, confidence: 0.5 }]);
    expect(await store.renameEvent(SLUG, OLD, NEW)).not.toBeNull();

    const moved = await request.get(`/timelines/${SLUG}/events/${OLD}`, { maxRedirects: 0 });
    expect(moved.status()).toBe(308);
    expect(new URL(moved.headers()['location'], 'http://x').pathname).toBe(`/timelines/${SLUG}/events/${NEW}`);
    const card = await request.get(`/embed/${SLUG}/events/${OLD}?theme=dark`, { maxRedirects: 0 });
    expect(card.status()).toBe(308);
    expect(card.headers()['location']).toMatch(new RegExp(`/embed/${SLUG}/events/${NEW}\\?theme=dark$`));
    await page.goto(`/timelines/${SLUG}/events/${OLD}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('A scratch event');
    expect(page.url()).toContain(`/events/${NEW}`);

    expect(await store.deleteEvent(SLUG, NEW)).toBe(true);
    for (const id of [NEW, OLD]) {
      const response = await page.goto(`/timelines/${SLUG}/events/${id}`);
      expect(response?.status()).toBe(410);
      await expect(page.getByRole('link', { name: 'See the timeline.' })).toHaveAttribute('href', `/timelines/${SLUG}`);
    }
    expect((await request.get(`/embed/${SLUG}/events/${NEW}`)).status()).toBe(410);
  } finally {
    await store.deleteEvent(SLUG, NEW);
    await store.close();
  }
});

test('the share button copies the permalink, and the embed dialog writes the snippet it previews', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto(PERMALINK);
  await page.getByRole('button', { name: 'Share link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${PERMALINK}`);

  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this event' });
  await expect(dialog).toBeVisible();
  const snippet = dialog.getByTestId('embed-snippet');
  await expect(snippet).toHaveValue(new RegExp(`^<div data-timeline-embed data-src="${baseURL}/embed/${SLUG}/events/${EVENT_ID}"`));
  await expect(snippet).toHaveValue(new RegExp(`<script async src="${baseURL}/embed.js"></script>$`));
  await dialog.getByLabel('Dark').check();
  await dialog.getByLabel('Plain iframe: fixed height').check();
  await expect(snippet).toHaveValue(new RegExp(`^<iframe src="${baseURL}/embed/${SLUG}/events/${EVENT_ID}\\?theme=dark"`));
  const preview = dialog.locator('iframe');
  await expect(preview).toHaveAttribute('src', `${baseURL}/embed/${SLUG}/events/${EVENT_ID}?theme=dark`);
  await expect(page.frameLocator('dialog iframe').getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await page.screenshot({ path: 'test-results/browser/embed-dialog.png' });
});
