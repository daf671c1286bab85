import { spawnSync } from 'node:child_process';
import { createScratchSchema, type ScratchSchema } from '@/lib/store/scratch-schema';
import { setUpTempApp } from './route-harness';
import { hostileInputBattery } from './hostile-battery';

// PostgreSQL refuses what SQLite lets through (NUL, lone surrogates, out-of-range integers): this proves
// that such input is a 400 from the API, not a 500 from the database.
const baseUrl = process.env.DATABASE_URL_TEST || 'postgres://postgres@127.0.0.1:5432/test';
const reachable =
  spawnSync(process.execPath, ['-e', `new (require('pg').Client)({ connectionString: process.argv[1], connectionTimeoutMillis: 5000 }).connect().then(() => process.exit(0), () => process.exit(1))`, baseUrl], {
    timeout: 15_000,
  }).status === 0;

setUpTempApp();

if (!reachable) {
  console.warn(`\n!!!! PostgreSQL hostile-input suite SKIPPED: cannot reach ${baseUrl.replace(/:[^:@/]*@/, ':***@')} (REQUIRE_POSTGRES=1 makes this a failure)\n`);
  (process.env.REQUIRE_POSTGRES === '1' ? test : test.skip)('PostgreSQL is reachable (REQUIRE_POSTGRES=1)', () => {
    throw new Error(`Cannot reach PostgreSQL at ${baseUrl}`);
  });
} else {
  describe('hostile input against the PostgreSQL store', () => {
    let schema: ScratchSchema;
    // Declared before the battery's own hooks, so the store opens in the fresh schema.
    beforeAll(async () => {
      schema = await createScratchSchema(baseUrl, 'api_hostile');
      process.env.DATABASE_URL = schema.url;
    });
    hostileInputBattery();
    // After the battery's own afterAll, which checks the store and closes it.
    afterAll(async () => {
      await schema?.drop();
    });
  });
}
