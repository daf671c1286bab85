import { spawnSync } from 'node:child_process';
import { openStore } from '@/lib/store';
import { createScratchSchema, withPostgresClient, type ScratchSchema } from '@/lib/store/scratch-schema';
import { storeContract } from './contract';

const baseUrl = process.env.DATABASE_URL_TEST || 'postgres://postgres@127.0.0.1:5432/test';
const required = process.env.REQUIRE_POSTGRES === '1';
const shownUrl = baseUrl.replace(/:[^:@/]*@/, ':***@');

/** Jest cannot define tests asynchronously, so ask a child process whether the server answers. */
function probe(): string | null {
  const child = spawnSync(
    process.execPath,
    [
      '-e',
      `const { Client } = require('pg');
       const client = new Client({ connectionString: process.argv[1], connectionTimeoutMillis: 5000 });
       client.connect().then(() => client.end()).catch((e) => { console.error(e.message); process.exit(1); });`,
      baseUrl,
    ],
    { encoding: 'utf8', timeout: 15_000 },
  );
  return child.status === 0 ? null : (child.stderr || child.error?.message || 'no answer').trim();
}

const unreachable = probe();
const schemas: ScratchSchema[] = [];

const schemaOf = (url: string) => schemas.find((s) => s.url === url)!.name;

if (unreachable && !required) {
  console.warn(
    `\n!!!!!!!! PostgreSQL store tests SKIPPED: cannot reach ${shownUrl} (${unreachable}).\n` +
      '!!!!!!!! Start PostgreSQL or set DATABASE_URL_TEST; set REQUIRE_POSTGRES=1 to make this a failure.\n',
  );
}

describe('PostgreSQL store', () => {
  if (unreachable) {
    (required ? test : test.skip)('PostgreSQL is reachable (REQUIRE_POSTGRES=1)', () => {
      throw new Error(`Cannot reach PostgreSQL at ${shownUrl}: ${unreachable}`);
    });
    return;
  }

  afterAll(async () => {
    for (const schema of schemas) await schema.drop();
  });

  test('openStore says so when the search_path names no existing schema', async () => {
    const url = new URL(baseUrl);
    url.searchParams.set('options', '-c search_path=timeline_test_no_such_schema');
    await expect(openStore(url.toString())).rejects.toThrow(/no schema on the search_path exists/);
  });

  test('q has a pg_trgm index where the server offers the extension, and works without one', async () => {
    const schema = await createScratchSchema(baseUrl, 'timeline_test');
    schemas.push(schema);
    await (await openStore(schema.url)).close();
    const [available, index] = await withPostgresClient(schema.url, async (client) => [
      (await client.query(`select 1 from pg_available_extensions where name = 'pg_trgm'`)).rowCount === 1,
      (await client.query(`select indexdef from pg_indexes where schemaname = $1 and indexname = 'events_by_search_text'`, [schema.name])).rows[0]?.indexdef,
    ]);
    if (available) expect(index).toMatch(/USING gin \(search_text \w+\.gin_trgm_ops\)/);
    else expect(index).toBeUndefined();
  });

  storeContract({
    async freshUrl() {
      const schema = await createScratchSchema(baseUrl, 'timeline_test');
      schemas.push(schema);
      return schema.url;
    },
    async failEventInsertsTitled(url, title) {
      const schema = schemaOf(url);
      await withPostgresClient(url, async (client) => {
        await client.query(
          `create function ${schema}.fail_titled() returns trigger language plpgsql as $$
           begin
             if new.title = ${client.escapeLiteral(title)} then raise exception 'refusing to insert %', new.title; end if;
             return new;
           end $$`,
        );
        await client.query(`create trigger fail_titled before insert on ${schema}.events for each row execute function ${schema}.fail_titled()`);
      });
    },
    // PostgreSQL keeps its own indexes.
    checkIndexes: async () => {},
    describeSchema: (url) =>
      withPostgresClient(url, async (client) => {
        const schema = schemaOf(url);
        const columns = await client.query(
          `select table_name, column_name, data_type, is_nullable, column_default, collation_name
           from information_schema.columns where table_schema = $1 order by table_name, ordinal_position`,
          [schema],
        );
        const indexes = await client.query(`select indexname, indexdef from pg_indexes where schemaname = $1 order by indexname`, [schema]);
        return JSON.stringify([columns.rows, indexes.rows]);
      }),
  });
});
