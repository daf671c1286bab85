import { defineConfig, devices } from '@playwright/test';
import os from 'node:os';
import path from 'node:path';

const PORT = Number(process.env.E2E_PORT ?? 3210);
// A store of its own, made fresh by the server command, so the tests never touch a user's data.
const DB = path.join(os.tmpdir(), `timeline-e2e-${PORT}.db`);
// Likewise the server's secret and sign-in link; the tests mint links there with `npm run sign-in-link`.
process.env.TIMELINE_AUTH_DIR ??= path.join(os.tmpdir(), `timeline-e2e-auth-${PORT}`);

export default defineConfig({
  testDir: 'tests/browser',
  outputDir: 'test-results/browser',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `rm -f ${DB} ${DB}-wal ${DB}-shm && npm start`,
    url: `http://127.0.0.1:${PORT}/`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: { PORT: String(PORT), DATABASE_URL: `sqlite:${DB}`, TIMELINE_AUTH_DIR: process.env.TIMELINE_AUTH_DIR, NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? '.next-e2e', NEXT_TELEMETRY_DISABLED: '1' },
  },
});
