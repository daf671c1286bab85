import { expect, test } from '@playwright/test';

test('the home page lists the seed timeline, and its page shows the events in order', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Timelines' })).toBeVisible();
  await page.getByRole('link', { name: /royal family/i }).click();

  await expect(page).toHaveURL(/\/timelines\/royal-family/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('royal family');
  await page.getByRole('button', { name: 'List' }).click();
  const rows = page.getByRole('table', { name: /events in time order/i }).getByRole('row');
  await expect(rows.filter({ hasText: 'London Clinic' })).toHaveCount(1);
  // Time order: the 2020 step-down comes before the January 2024 clinic visit, which comes before 2025.
  const text = await page.getByRole('table', { name: /events in time order/i }).innerText();
  expect(text.indexOf('2020')).toBeLessThan(text.indexOf('29 Jan 2024'));
  expect(text.indexOf('29 Jan 2024')).toBeLessThan(text.lastIndexOf('2025'));
  await page.screenshot({ path: 'test-results/browser/seed-timeline.png', fullPage: true });
});

test('an unknown timeline answers 404', async ({ page }) => {
  const response = await page.goto('/timelines/no-such-timeline');
  expect(response?.status()).toBe(404);
});
