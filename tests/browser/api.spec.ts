import { expect, test } from '@playwright/test';

test('pages carry a nonce CSP, may not be framed by other sites, and hydrate without CSP violations', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto('/');
  const headers = response!.headers();
  const csp = headers['content-security-policy'];
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'self'");
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(headers['x-frame-options']).toBe('SAMEORIGIN');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  // Next put the nonce on its scripts (browsers hide nonce attributes from the DOM, so read the HTML).
  const nonce = /'nonce-([^']+)'/.exec(csp)![1];
  expect(await response!.text()).toContain(`nonce="${nonce}"`);
  await page.waitForLoadState('networkidle');
  expect(violations).toEqual([]);
});

test('embeds may be framed by any site', async ({ request }) => {
  const response = await request.get('/embed/royal-family');
  expect(response.headers()['content-security-policy']).toContain('frame-ancestors *');
  expect(response.headers()['x-frame-options']).toBeUndefined();
});

test('a page on another origin can read the API but cannot write to it', async ({ browser, baseURL }) => {
  // localhost and 127.0.0.1 are different origins. Chromium asks before a page reaches a loopback address
  // (Local Network Access); granting that leaves CORS as the only thing deciding.
  const context = await browser.newContext({ permissions: ['local-network-access'] });
  const page = await context.newPage();
  const elsewhere = baseURL!.replace('127.0.0.1', 'localhost');
  await page.route(`${elsewhere}/elsewhere`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>elsewhere</title>' }));
  await page.goto(`${elsewhere}/elsewhere`);
  const read = await page.evaluate(async (base) => {
    const response = await fetch(`${base}/api/timelines`);
    return { status: response.status, count: (await response.json()).timelines.length };
  }, baseURL);
  expect(read.status).toBe(200);
  expect(read.count).toBeGreaterThan(0);

  const write = await page.evaluate(async (base) => {
    try {
      const response = await fetch(`${base}/api/timelines`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"slug":"x","title":"x"}' });
      return `status ${response.status}`;
    } catch (error) {
      return `blocked: ${(error as Error).name}`;
    }
  }, baseURL);
  expect(write).toBe('blocked: TypeError');
  await context.close();
});

test('API errors are JSON with a closed CSP', async ({ request }) => {
  const response = await request.get('/api/timelines/..%2F..%2Fetc%2Fpasswd');
  expect(response.status()).toBe(404);
  expect(await response.json()).toEqual({ error: { code: 'not_found', message: 'timeline not found' } });
  expect(response.headers()['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
  const post = await request.post('/api/timelines', { data: { slug: 'x', title: 'x' } });
  expect(post.status()).toBe(401);
});

test('the API docs page lists the endpoints and links the OpenAPI document', async ({ page, request }) => {
  await page.goto('/docs/api');
  await expect(page.getByRole('heading', { name: 'Timeline API' })).toBeVisible();
  await expect(page.getByRole('cell', { name: '/api/timelines/{slug}/export' })).toBeVisible();
  const doc = await (await request.get('/api/openapi.json')).json();
  expect(doc.openapi).toBe('3.1.0');
});
