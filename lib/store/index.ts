import { openStore } from './open-store';
import type { Store } from './store';

export { openStore, DEFAULT_DATABASE_URL } from './open-store';
export { StoreConflictError, StoreNotFoundError } from './errors';
export type { Store, EventPage, NewApiToken, RequestCounts, RetiredEvent } from './store';

const STORE = Symbol.for('timeline.store');
type WithStore = typeof globalThis & { [STORE]?: Promise<Store> };

/**
 * The process-wide store for app routes, opened on first use from DATABASE_URL. The promise lives on
 * globalThis so that Next's dev server, which re-evaluates modules on every edit, reuses one pool.
 */
export function getStore(): Promise<Store> {
  const scope = globalThis as WithStore;
  scope[STORE] ??= openStore().catch((error: unknown) => {
    // Let the next request try again (the database may come up later).
    delete scope[STORE];
    throw error;
  });
  return scope[STORE];
}
