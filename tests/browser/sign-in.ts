import { execFileSync } from 'node:child_process';
import { expect, type Page } from '@playwright/test';

/** Signs the page's browser in as an editor the way a person does: with a link `npm run sign-in-link` prints. */
export async function signIn(page: Page): Promise<void> {
  const printed = execFileSync('node', ['--import', 'tsx', 'lib/cli/sign-in-link.ts'], { env: process.env, encoding: 'utf8' });
  const link = new URL(/http\S+sign-in\?token=\S+/.exec(printed)![0]);
  await page.goto(`${link.pathname}${link.search}`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('link', { name: 'Sign out' })).toBeVisible();
}
