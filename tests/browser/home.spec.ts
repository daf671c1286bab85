import { expect, test } from '@playwright/test';

test('the home page lists the seed timeline, and its page shows the events in order', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Timelines' })).toBeVisible();
  await page.getByRole('link', { name: /royal family/i }).click();

  await expect(page).toHaveURL(/\/timelines\/royal-family$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('royal family');
  const events = page.getByRole('list', { name: 'Events in time order' }).getByRole('listitem');
  await expect(events.first()).toContainText('Harry steps down as a working royal');
  await expect(page.getByRole('heading', { name: 'King Charles III leaves The London Clinic' })).toBeVisible();
  await page.screenshot({ path: 'test-results/browser/seed-timeline.png', fullPage: true });
});

test('an unknown timeline answers 404', async ({ page }) => {
  const response = await page.goto('/timelines/no-such-timeline');
  expect(response?.status()).toBe(404);
});
