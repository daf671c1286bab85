import { expect, test } from '@playwright/test';
import { signIn } from './sign-in';

test('signing out ends the session everywhere: a copy of its cookie is signed out too, another session is not', async ({ page, browser }) => {
  await signIn(page);
  const copied = (await page.context().cookies()).find((cookie) => cookie.name === 'timeline_session')!;
  const other = await browser.newPage();
  await signIn(other);

  await page.goto('/sign-out');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();

  // Someone who copied the cookie before the editor signed out.
  const thief = await browser.newContext();
  await thief.addCookies([copied]);
  const stolen = await thief.newPage();
  await stolen.goto('/');
  await expect(stolen.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect(stolen.getByRole('link', { name: 'New timeline' })).toHaveCount(0);
  const write = await stolen.request.post('/api/timelines', { data: { slug: `stolen-${Date.now().toString(36)}`, title: 'Stolen' } });
  expect(write.status()).toBe(401);
  await thief.close();

  await other.goto('/');
  await expect(other.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'New timeline' })).toBeVisible();
  await other.context().close();
});
