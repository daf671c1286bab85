import os from 'node:os';
import path from 'node:path';
import { openStore } from '@/lib/store/open-store';

/** The store the server under test reads: playwright.config.ts gives it a fresh SQLite file named for its port. */
export function e2eStore() {
  const port = Number(process.env.E2E_PORT ?? 3210);
  return openStore(process.env.E2E_DATABASE_URL ?? `sqlite:${path.join(os.tmpdir(), `timeline-e2e-${port}.db`)}`);
}
