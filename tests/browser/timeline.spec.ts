import { expect, test, type Page } from '@playwright/test';

// Against the benchmark page: seeded events, so every run sees the same timeline.
const N = 200;
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/timeline/${name}.png`, fullPage: true });

async function open(page: Page, query = '') {
  await page.goto(`/bench/timeline?n=${N}${query}`);
  await expect(page.locator('.tl[data-ready]')).toBeAttached();
}

const minorLabels = (page: Page) => page.locator('.tl-axis text.tl-minor').allTextContents();
const windowText = (page: Page) => page.getByTestId('status-window').textContent();

/** The reported window once zooming has stopped (d3-zoom reports a wheel gesture's end after a pause). */
async function settledWindow(page: Page): Promise<string> {
  let last = '';
  await expect
    .poll(async () => {
      const now = (await windowText(page)) ?? '';
      const settled = now !== '' && now === last;
      last = now;
      return settled;
    }, { intervals: [300] })
    .toBe(true);
  return last;
}

/** Where the plot is on screen, and a point on its first row of labels. */
async function plotBox(page: Page) {
  const box = (await page.locator('.tl-plot').boundingBox())!;
  return { ...box, cx: box.x + box.width / 2, cy: box.y + box.height / 2, row0: box.y + 42 + 14 };
}

/** Moves the pointer along the first row until the tooltip shows an event, as a person hovering would. */
async function hoverAnEvent(page: Page): Promise<string> {
  const box = await plotBox(page);
  for (let x = box.x + 40; x < box.x + box.width - 40; x += 15) {
    await page.mouse.move(x, box.row0);
    const tip = page.locator('.tl-tooltip');
    if ((await tip.isVisible()) && !(await tip.textContent())?.includes('Click to zoom in')) return (await tip.locator('strong').textContent())!;
  }
  throw new Error('no event under the first row');
}

test('the page shows the timeline with a legend, axis and overview', async ({ page }) => {
  await open(page);
  await expect(page.getByRole('application')).toHaveAttribute('aria-roledescription', 'timeline');
  await expect(page.getByRole('list', { name: 'Legend' })).toContainText('Several events: click to zoom in');
  expect(await minorLabels(page)).toContain('1950');
  await expect(page.locator('.tl-overview .selection')).toBeVisible();
  await shot(page, '01-initial');
});

test('wheel zoom changes the axis from years to months', async ({ page }) => {
  await open(page);
  expect((await minorLabels(page)).some((l) => /^(19|20)\d\d$/.test(l))).toBe(true);
  const box = await plotBox(page);
  await page.mouse.move(box.cx, box.cy);
  for (let i = 0; i < 16; i++) {
    await page.mouse.wheel(0, -200);
    await page.waitForTimeout(30);
  }
  await expect.poll(async () => (await minorLabels(page)).some((l) => /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)$/.test(l))).toBe(true);
  await expect.poll(() => windowText(page)).toMatch(/^\d{4}-/);
  await shot(page, '02-zoomed-to-months');
});

test('drag pans the view', async ({ page }) => {
  await open(page);
  const box = await plotBox(page);
  await page.mouse.move(box.cx, box.cy);
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -200);
  const before = await settledWindow(page);
  const firstBefore = (await minorLabels(page))[0];
  await page.mouse.move(box.cx, box.cy);
  await page.mouse.down();
  await page.mouse.move(box.cx - 300, box.cy, { steps: 10 });
  await page.mouse.up();
  await expect.poll(() => windowText(page)).not.toBe(before);
  const [fromBefore] = before!.split(' – ');
  const [fromAfter] = (await windowText(page))!.split(' – ');
  expect(Date.parse(fromAfter)).toBeGreaterThan(Date.parse(fromBefore));
  expect((await minorLabels(page))[0]).not.toBe(firstBefore);
  await shot(page, '03-panned');
});

test('a sideways trackpad swipe pans instead of zooming', async ({ page }) => {
  await open(page);
  const box = await plotBox(page);
  await page.mouse.move(box.cx, box.cy);
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -200);
  const before = (await settledWindow(page)).split(' – ').map(Date.parse);
  for (let i = 0; i < 5; i++) await page.mouse.wheel(120, 0);
  await expect.poll(async () => Date.parse((await windowText(page))!.split(' – ')[0])).toBeGreaterThan(before[0]);
  const after = (await windowText(page))!.split(' – ').map(Date.parse);
  // Same zoom: the window moved but kept its length.
  expect(Math.abs(after[1] - after[0] - (before[1] - before[0]))).toBeLessThan((before[1] - before[0]) / 100);
});

test('hovering shows a tooltip and clicking an event opens its details', async ({ page }) => {
  await open(page);
  const title = await hoverAnEvent(page);
  await expect(page.locator('.tl-tooltip span')).toHaveText(/\d{4}/);
  await page.mouse.down();
  await page.mouse.up();
  const panel = page.getByRole('complementary', { name: title });
  await expect(panel).toBeVisible();
  await expect(panel.locator('.tl-panel-date')).toHaveText(/^(On|Sometime in|Week of|Around|From|Roughly) /);
  await expect(panel.locator('blockquote mark')).toHaveText(/^(in|from) \d{4}/);
  await expect(panel.getByRole('link', { name: 'Permalink' })).toHaveAttribute('href', /^\/timelines\/bench\/events\/e\d+-/);
  await expect(page.getByTestId('status-selected')).not.toBeEmpty();
  await shot(page, '04-details-panel');
  await panel.getByRole('button', { name: 'Close details' }).click();
  await expect(panel).toBeHidden();
  await expect(page.getByTestId('status-selected')).toBeEmpty();
});

test('clicking a name in the details filters the timeline', async ({ page }) => {
  await open(page);
  await hoverAnEvent(page);
  await page.mouse.down();
  await page.mouse.up();
  const name = page.locator('.tl-panel .tl-name').first();
  const text = (await name.textContent())!;
  await name.click();
  await expect(page.locator('.tl-filter')).toContainText(text);
  const count = Number((await page.locator('.tl-filter').textContent())!.match(/\((\d+)\)/)![1]);
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThan(N);
  await shot(page, '05-filtered');
  await page.getByRole('button', { name: 'Clear filter' }).click();
  await expect(page.locator('.tl-filter')).toBeHidden();
});

test('keyboard: tab in, arrows move in time order, Enter opens, Escape closes, Home/End, +/-', async ({ page }) => {
  await open(page);
  const plot = page.getByRole('application');
  for (let i = 0; i < 20 && !(await plot.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(plot).toBeFocused();
  const live = page.locator('.tl [aria-live="polite"]');
  await page.keyboard.press('Home');
  await expect(live).toHaveText(new RegExp(`Event 1 of ${N}\\.$`));
  await page.keyboard.press('ArrowRight');
  await expect(live).toHaveText(new RegExp(`Event 2 of ${N}\\.$`));
  await expect(page.locator('.tl-focus-ring')).toBeVisible();
  const announced = (await live.textContent())!.split(',')[0];
  await shot(page, '06-keyboard-focus');
  await page.keyboard.press('Enter');
  await expect(page.locator('.tl-panel-title')).toHaveText(announced);
  await page.keyboard.press('Escape');
  await expect(page.locator('.tl-panel')).toBeHidden();
  await expect(plot).toBeFocused();
  await page.keyboard.press('End');
  await expect(live).toHaveText(new RegExp(`Event ${N} of ${N}\\.$`));
  await page.keyboard.press('ArrowLeft');
  await expect(live).toHaveText(new RegExp(`Event ${N - 1} of ${N}\\.$`));
  const labelsBefore = await minorLabels(page);
  for (let i = 0; i < 4; i++) await page.keyboard.press('+');
  await expect.poll(() => minorLabels(page)).not.toEqual(labelsBefore);
  await page.keyboard.press('-');
});

test('the List toggle shows the same events as a chronological table', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'Show events as a list' }).click();
  const table = page.getByRole('table');
  await expect(table.locator('caption')).toHaveText(`${N} events in time order`);
  await expect(table.locator('tbody tr')).toHaveCount(100);
  await page.getByRole('button', { name: 'Show 100 more' }).click();
  await expect(table.locator('tbody tr')).toHaveCount(N);
  const times = await table.locator('time').evaluateAll((els) => els.map((e) => Date.parse(e.getAttribute('datetime')!)));
  expect(times).toEqual([...times].sort((a, b) => a - b));
  await shot(page, '07-list');
  await table.getByRole('button').first().click();
  await expect(page.locator('.tl-panel')).toBeVisible();
  await page.getByRole('button', { name: 'Show the timeline' }).click();
  await expect(page.getByRole('application')).toBeVisible();
});

test('lanes group events by person, and a lane collapses', async ({ page }) => {
  await open(page);
  await page.getByRole('combobox', { name: 'Group events into lanes by' }).selectOption('person');
  await expect(page.getByTestId('status-lanes')).toHaveText('person');
  const headers = page.locator('.tl-lane-toggle');
  await expect(headers.first()).toBeVisible();
  expect(await headers.count()).toBeGreaterThan(3);
  await expect(headers.last()).toContainText(/No person named|Everything else/);
  await shot(page, '08-lanes-person');
  const first = headers.first();
  await first.click();
  await expect(page.locator('.tl-lane-toggle').first()).toHaveAttribute('aria-expanded', 'false');
  await shot(page, '09-lane-collapsed');
});

test('the overview brush shows and sets the visible window', async ({ page }) => {
  await open(page);
  const strip = (await page.locator('.tl-overview').boundingBox())!;
  const selection = page.locator('.tl-overview .selection');
  const y = strip.y + strip.height / 2;
  // Zooming in narrows the brush to the visible window.
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(async () => (await selection.boundingBox())!.width).toBeLessThan(strip.width * 0.2);
  const before = await windowText(page);
  // Dragging the brush moves the window.
  const sel = (await selection.boundingBox())!;
  await page.mouse.move(sel.x + sel.width / 2, y);
  await page.mouse.down();
  await page.mouse.move(sel.x + sel.width / 2 - strip.width * 0.25, y, { steps: 8 });
  await page.mouse.up();
  await expect.poll(() => windowText(page)).not.toBe(before);
  expect(Date.parse((await windowText(page))!.split(' – ')[0])).toBeLessThan(Date.parse(before!.split(' – ')[0]));
  await shot(page, '10-brush-moved');
  // Brushing a new stretch on the strip shows that stretch.
  await page.mouse.move(strip.x + strip.width * 0.7, y);
  await page.mouse.down();
  await page.mouse.move(strip.x + strip.width * 0.9, y, { steps: 8 });
  await page.mouse.up();
  await expect.poll(async () => {
    const [from, to] = (await windowText(page))!.split(' – ').map(Date.parse);
    return Math.round((to - from) / (365.25 * 86_400_000));
  }).toBeGreaterThan(20);
  const [from, to] = (await windowText(page))!.split(' – ').map(Date.parse);
  expect((to - from) / (365.25 * 86_400_000)).toBeLessThan(35);
  expect(new Date(from).getUTCFullYear()).toBeGreaterThan(1980);
  await shot(page, '10-brushed');
});

test('dark theme colours come from the CSS custom properties', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await open(page);
  const bg = await page.locator('.tl').evaluate((el) => getComputedStyle(el).getPropertyValue('--tl-bg').trim());
  expect(bg).toBe('#0f172a');
  await shot(page, '11-dark');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('runs vertically and pans by touch', async ({ page }) => {
    await open(page);
    await expect(page.locator('.tl')).toHaveAttribute('data-orientation', 'vertical');
    const box = await plotBox(page);
    const firstBefore = (await minorLabels(page))[0];
    // Zoom in with the + button, then drag with one finger.
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => windowText(page)).not.toBe('');
    const before = await windowText(page);
    const cdp = await page.context().newCDPSession(page);
    const x = box.x + box.width / 2;
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', y: number) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
    await touch('touchStart', box.y + 500);
    for (let y = 500; y >= 200; y -= 30) await touch('touchMove', box.y + y);
    await touch('touchEnd', box.y + 200);
    await expect.poll(() => windowText(page)).not.toBe(before);
    const [fromBefore] = before!.split(' – ');
    const [fromAfter] = (await windowText(page))!.split(' – ');
    expect(Date.parse(fromAfter)).toBeGreaterThan(Date.parse(fromBefore));
    expect((await minorLabels(page))[0]).not.toBe(firstBefore);
    await shot(page, '12-phone-touch-pan');
  });
});
