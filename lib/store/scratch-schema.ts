import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export interface ScratchSchema {
  /** `baseUrl` with its search_path pinned to the new schema; openStore(url) puts its tables there. */
  url: string;
  name: string;
  drop(): Promise<void>;
}

/**
 * Creates an empty PostgreSQL schema with a random name, for tests and benchmarks that must not
 * collide with each other or touch real data in the same database.
 */
export async function createScratchSchema(baseUrl: string, prefix: string): Promise<ScratchSchema> {
  if (!/^[a-z_]+$/.test(prefix)) throw new Error(`Schema prefix must be lower-case letters and "_", not ${JSON.stringify(prefix)}`);
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await withPostgresClient(baseUrl, async (client) => {
    // Migration 007 installs pg_trgm where it finds none, in the store's schema. Installed here instead, in
    // the database's own default schema, so that no scratch schema owns it: dropping that schema would drop
    // the extension, and every other scratch schema's trigram index with it. Without it, 007 falls back.
    await client.query('create extension if not exists pg_trgm').catch(() => {});
    await client.query(`create schema ${name}`);
  });
  const url = new URL(baseUrl);
  url.searchParams.set('options', `-c search_path=${name}`);
  return {
    url: url.toString(),
    name,
    drop: async () => {
      await withPostgresClient(baseUrl, (client) => client.query(`drop schema if exists ${name} cascade`));
    },
  };
}

/** Runs `work` on a one-off connection, for setup outside the store (tests, benchmarks). */
export async function withPostgresClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
