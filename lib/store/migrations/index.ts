import type { Migration, MigrationProvider } from 'kysely';
import type { StoreKind } from '../store-kind';
import { initialSchema } from './001-initial';
import { rangeByGranularity } from './002-range-by-granularity';
import { apiTokens } from './003-api-tokens';
import { eventHistory } from './004-event-history';
import { revokedSessions } from './005-revoked-sessions';
import { requestCounts } from './006-request-counts';
import { textSearch } from './007-text-search';

/** Every migration, keyed by a name that sorts in the order they must run. Never rename or edit a released one. */
export function storeMigrations(kind: StoreKind): MigrationProvider {
  const migrations: Record<string, Migration> = {
    '001-initial': initialSchema(kind),
    '002-range-by-granularity': rangeByGranularity,
    '003-api-tokens': apiTokens(kind),
    '004-event-history': eventHistory(kind),
    '005-revoked-sessions': revokedSessions,
    '006-request-counts': requestCounts(kind),
    '007-text-search': textSearch(kind),
  };
  return { getMigrations: async () => migrations };
}
