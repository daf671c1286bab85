import { expect, test, type Page } from '@playwright/test';
import { signIn } from './sign-in';

const RUN = Date.now().toString(36);
const SLUG = `hostile-${RUN}`;

// Every place an article's words reach: titles, sentences, names, the tooltip, the panel, the list, the permalink.
const HOSTILE = [
  'Hackers posted <script>window.__xss = "script"</script> on the council site on March 3, 2024.',
  'On April 5, 2024, <img src=x onerror="window.__xss = \'img\'"> appeared in the mayor\'s newsletter.',
  'The <a href="javascript:window.__xss=\'link\'">javascript:alert(1)</a> link was reported on May 7, 2024 by Mallory "<b>Bold</b>" Smith.',
].join('\n\n');

async function noScriptRan(page: Page) {
  expect(await page.evaluate(() => (window as { __xss?: string }).__xss)).toBeUndefined();
}

test('an article full of markup is shown as text everywhere, and none of it runs', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page);
  expect((await page.request.post('/api/timelines', { data: { slug: SLUG, title: `Hostile ${RUN}` } })).status()).toBe(201);
  const added = await page.request.post(`/api/timelines/${SLUG}/documents`, { data: { title: 'Site <b>defaced</b>', dct: '2024-06-01', text: HOSTILE } });
  expect(added.status()).toBe(201);
  const { events } = await added.json();
  expect(events.length).toBeGreaterThanOrEqual(3);

  await page.goto(`/timelines/${SLUG}`, { waitUntil: 'networkidle' });
  await noScriptRan(page);
  await page.getByRole('button', { name: 'List' }).click();
  const table = page.getByRole('table', { name: /events in time order/i });
  await expect(table).toContainText('window.__xss');
  await noScriptRan(page);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
  await expect(page.locator('main script:not([src])').filter({ hasText: '__xss' })).toHaveCount(0);
  await expect(page.getByText('Site <b>defaced</b>')).toBeVisible();

  // The permalink of each event: title, sentence with the date marked, names, JSON-LD, share tags.
  for (const event of events) {
    await page.goto(`/timelines/${SLUG}/events/${event.id}`, { waitUntil: 'networkidle' });
    await noScriptRan(page);
    await expect(page.locator('blockquote').first()).toContainText(event.mentions[0].sentence.slice(0, 20));
    await expect(page.locator('img[src="x"], a[href^="javascript:"]')).toHaveCount(0);
  }

  // The embed too, which is plain HTML with the events inlined as JSON.
  await page.goto(`/embed/${SLUG}`, { waitUntil: 'networkidle' });
  await noScriptRan(page);
  await expect(page.locator('img[src="x"], a[href^="javascript:"]')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/browser/hostile-embed.png', fullPage: true });
});

test('files that cannot be read each get a clear message next to them, and the readable one goes on', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page);
  await page.goto('/timelines/new', { waitUntil: 'networkidle' });
  const big = 'The council met on 3 March 2024 and voted on the budget for the coming year. '.repeat(70_000);
  await page.getByLabel(/Or upload files/).setInputFiles([
    { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    { name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) },
    { name: 'latin1.txt', mimeType: 'text/plain', buffer: Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6e, 0x20, 0x33, 0x20, 0x4d, 0x61, 0x72, 0x63, 0x68]) },
    { name: 'big.txt', mimeType: 'text/plain', buffer: Buffer.from(big) },
    { name: 'good.txt', mimeType: 'text/plain', buffer: Buffer.from('The bridge reopened on 3 March 2024 after two years of repairs.') },
  ]);
  const card = (name: string) => page.getByTestId('article').filter({ hasText: name });
  await expect(card('good').getByText('Ready to review')).toBeVisible({ timeout: 60_000 });
  await expect(card('empty.txt').getByRole('alert')).toContainText('empty');
  await expect(card('photo.txt').getByRole('alert')).toContainText('binary');
  await expect(card('latin1.txt').getByRole('alert')).toContainText('not UTF-8');
  await expect(card('big.txt').getByRole('alert')).toContainText(/million characters|MB/, { timeout: 60_000 });
  await page.screenshot({ path: 'test-results/browser/upload-errors.png', fullPage: true });
});
