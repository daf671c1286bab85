import { expect, test } from '@playwright/test';

const param = (url: string, key: string) => new URL(url).searchParams.get(key);

test('the timeline page keeps its view in the address: a copied address opens the same view, Back undoes a selection', async ({ page, browser }) => {
  await page.goto('/timelines/royal-family');
  await expect(page.locator('.tl[data-ready="true"]')).toBeVisible();

  await page.locator('.tl-lanes').selectOption('place');
  await expect.poll(() => param(page.url(), 'lanes')).toBe('places');
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => param(page.url(), 'from')).not.toBeNull();
  await page.locator('.tl-plot').focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  // The seed is extracted, so the first event's id and title are the extractor's: match their gist.
  await expect.poll(() => param(page.url(), 'event')).toMatch(/^2020-harry-st\w+-down-as-a-working-royal$/);
  // Let the zoom that followed the selection settle into the address too.
  await page.waitForTimeout(800);
  const shared = page.url();

  const other = await browser.newContext();
  try {
    const copy = await other.newPage();
    await copy.goto(shared);
    await expect(copy.locator('.tl[data-ready="true"]')).toBeVisible();
    await expect(copy.locator('.tl-lanes')).toHaveValue('place');
    await expect(copy.locator('.tl-panel-title')).toHaveText(/Harry st\w+ down as a working royal/);
    // The copy reports back the very window it was given (rounded to the day, as the address is).
    await copy.waitForTimeout(800);
    expect(copy.url()).toBe(shared);
    expect(param(copy.url(), 'from')).toBe(param(shared, 'from'));
  } finally {
    await other.close();
  }

  await page.goBack();
  await expect.poll(() => param(page.url(), 'event')).toBeNull();
  await expect(page.locator('.tl-panel')).toBeHidden({ timeout: 15_000 });
  await expect(page.locator('.tl-lanes')).toHaveValue('place');
});
