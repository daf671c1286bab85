import { Kysely, PostgresDialect, sql } from 'kysely';
import { Pool } from 'pg';
import type { Database } from './database';

/**
 * Connects a pool and finds the schema the tables live in: the first existing one on the search_path,
 * which a URL can choose with `?options=-c%20search_path%3Dmy_schema`.
 */
export async function connectPostgres(url: string): Promise<{ db: Kysely<Database>; schema: string }> {
  const pool = new Pool({ connectionString: url, connectionTimeoutMillis: 10_000 });
  // Without a listener, an idle client losing its connection would crash the process.
  pool.on('error', (error) => console.error(`PostgreSQL connection lost: ${error.message}`));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  let schema: string | null;
  try {
    const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
    schema = rows[0]?.schema ?? null;
  } catch (error) {
    await db.destroy();
    throw new Error(`Cannot connect to PostgreSQL at ${redact(url)}: ${(error as Error).message}`, { cause: error });
  }
  if (!schema) {
    await db.destroy();
    throw new Error(`PostgreSQL at ${redact(url)}: no schema on the search_path exists to hold the tables.`);
  }
  return { db, schema };
}

/** The URL without its password, for error messages. */
function redact(url: string) {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'a malformed postgres:// URL';
  }
}
