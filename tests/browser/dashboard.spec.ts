import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './sign-in';

const SEED = readFileSync('data/articles/royal-article.txt', 'utf8');
// Unique per run, so the test can run again against a store that has the last run's timeline.
const RUN = Date.now().toString(36);
const SLUG = `royal-test-${RUN}`;

// A second article, as a news site serves it: navigation, scripts and the article in between.
const SECOND_HTML = `<!doctype html><html><head><title>King returns to Sandringham</title><script>window.__injected = true</script></head>
<body><nav><a href="/">Home</a> <a href="/royals">Royals</a> <a href="/sport">Sport</a></nav>
<article><h1>King returns to Sandringham after treatment</h1>
<p>By a Staff Reporter, 20 February 2024</p>
<p>King Charles III left The London Clinic on January 29 after treatment for an enlarged prostate, with Queen Camilla at his side, and travelled to Sandringham.</p>
<p>On February 6, 2024, Buckingham Palace announced that the King had been diagnosed with a form of cancer and would postpone public duties.</p>
<p>The King held his first weekly audience with the Prime Minister since the announcement on February 14, 2024, at Buckingham Palace.</p>
</article><footer>Copyright The Paper</footer></body></html>`;

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/browser/dashboard-${name}.png`, fullPage: true });

async function eventsOf(page: Page) {
  const response = await page.request.get(`/api/timelines/${SLUG}?limit=1000`);
  expect(response.ok()).toBe(true);
  return (await response.json()).events as { id: string; title: string; date: { value: string }; mentions: { documentId: string }[] }[];
}

test('an editor builds a timeline from articles, corrects it, and a signed-out reader cannot change it', async ({ page }) => {
  test.setTimeout(240_000);
  page.on('dialog', (dialog) => dialog.accept());

  await page.goto('/');
  await expect(page.getByRole('link', { name: 'New timeline' })).toHaveCount(0);
  await signIn(page);

  // A new timeline from the pasted seed article, one title corrected in the preview.
  await page.goto('/timelines/new', { waitUntil: 'networkidle' });
  await page.getByLabel('Title', { exact: true }).fill(`Royal test ${RUN}`);
  await expect(page.getByLabel('Address')).toHaveValue(SLUG);
  await page.getByLabel('Paste an article').fill(SEED);
  await page.getByRole('button', { name: 'Extract events' }).click();
  const article = page.getByTestId('article').first();
  await expect(article).toContainText('Ready to review', { timeout: 60_000 });
  await article.getByLabel('Published on').fill('2024-02-17');
  await article.getByRole('button', { name: 'Use this date' }).click();
  await expect(article).toContainText('Ready to review', { timeout: 60_000 });
  const clinic = article.getByTestId('review-event').filter({ has: page.locator('input[value="2024-01-29"]') });
  await expect(clinic).toHaveCount(1);
  await clinic.getByLabel('Title').fill('The King leaves hospital');
  await shot(page, '1-preview');
  await page.getByRole('button', { name: 'Create timeline' }).click();
  await expect(page).toHaveURL(new RegExp(`/timelines/${SLUG}`), { timeout: 30_000 });
  await page.getByRole('button', { name: 'List' }).click();
  await expect(page.getByRole('table', { name: /events in time order/i }).getByText('The King leaves hospital')).toBeVisible();
  await shot(page, '2-saved');

  const before = await eventsOf(page);
  const edited = before.find((e) => e.title === 'The King leaves hospital')!;
  expect(edited.date.value).toBe('2024-01-29');

  // A second article uploaded as HTML: its clinic sentence merges into the event already there.
  await page.getByRole('link', { name: 'Add articles' }).click();
  await page.waitForLoadState('networkidle');
  await page.getByLabel(/Or upload files/).setInputFiles({ name: 'sandringham.html', mimeType: 'text/html', buffer: Buffer.from(SECOND_HTML) });
  const second = page.getByTestId('article').first();
  await expect(second).toContainText('Ready to review', { timeout: 60_000 });
  await expect(second).toContainText('King returns to Sandringham');
  await shot(page, '3-second-preview');
  await page.getByRole('button', { name: /Add to/ }).click();
  await expect(page).toHaveURL(new RegExp(`/timelines/${SLUG}`), { timeout: 30_000 });
  const after = await eventsOf(page);
  const clinicEvents = after.filter((e) => e.date.value === '2024-01-29');
  expect(clinicEvents).toHaveLength(1);
  expect(clinicEvents[0]).toMatchObject({ id: edited.id, title: 'The King leaves hospital' });
  expect(new Set(clinicEvents[0].mentions.map((m) => m.documentId)).size).toBe(2);
  expect(after.some((e) => e.date.value === '2024-02-06')).toBe(true);
  expect(await page.evaluate(() => (window as { __injected?: boolean }).__injected)).toBeUndefined();

  // Edit an event by hand, re-extract its article, and the edit stays.
  await page.goto(`/timelines/${SLUG}?event=${edited.id}`, { waitUntil: 'networkidle' });
  const editor = page.getByTestId('event-editor');
  await editor.getByLabel('Title').fill('Edited by hand');
  await editor.getByLabel(/Tags/).fill('health, monarchy');
  await editor.getByRole('button', { name: 'Save changes' }).click();
  await expect(editor.getByRole('status')).toContainText('done', { timeout: 30_000 });
  await page.getByRole('button', { name: /Re-extract/ }).first().click();
  await expect(page.getByRole('status').filter({ hasText: /Re-extracted/ })).toBeVisible({ timeout: 60_000 });
  const reextracted = (await eventsOf(page)).find((e) => e.id === edited.id)!;
  expect(reextracted.title).toBe('Edited by hand');
  await shot(page, '4-edited');

  // Delete another event.
  const victim = after.find((e) => e.id !== edited.id)!;
  await page.goto(`/timelines/${SLUG}?event=${victim.id}`, { waitUntil: 'networkidle' });
  await page.getByTestId('event-editor').getByRole('button', { name: 'Delete event' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted' })).toBeVisible({ timeout: 30_000 });
  expect((await page.request.get(`/api/timelines/${SLUG}/events/${victim.id}`)).status()).toBeGreaterThanOrEqual(404);

  // Signed out: the controls are gone and writes are refused.
  await page.goto('/sign-out');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.goto(`/timelines/${SLUG}?event=${edited.id}`);
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByTestId('event-editor')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Add articles' })).toHaveCount(0);
  await shot(page, '5-signed-out');
  const patch = await page.request.patch(`/api/timelines/${SLUG}/events/${edited.id}`, { data: { title: 'Vandalised' } });
  expect(patch.status()).toBe(401);
  const crossSite = await page.request.delete(`/api/timelines/${SLUG}/events/${edited.id}`, { headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' } });
  expect([401, 403]).toContain(crossSite.status());
  expect((await eventsOf(page)).find((e) => e.id === edited.id)!.title).toBe('Edited by hand');
});
