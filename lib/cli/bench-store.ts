// Store range queries on a large timeline, SQLite against PostgreSQL in the same run.
// npm run bench:store -- [--events N] [--runs N]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CompiledQuery, type Kysely } from 'kysely';
import { median, timeAlternately } from '../eval/measure-throughput';
import { EventFilter, type NewEvent } from '../model';
import { connectPostgres } from '../store/connect-postgres';
import { connectSqlite } from '../store/connect-sqlite';
import type { Database } from '../store/database';
import { openStore } from '../store/open-store';
import { createScratchSchema, type ScratchSchema } from '../store/scratch-schema';
import { selectContext, selectEvents } from '../store/select-events';
import type { Store } from '../store/store';
import type { StoreKind } from '../store/store-kind';
import { parseCliArgs, wholeNumber } from './parse-cli-args';
import { argsOrExit } from './usage-error';

const USAGE = 'usage: npm run bench:store -- [--events N] [--runs N]';
const EVENTS_PER_DOCUMENT = 1000;
const WARMUPS = 3;
const TIMELINE = 'bench';

/** The arguments, or null for `--help`. */
function readArgs(argv: string[]) {
  const { values } = parseCliArgs({ args: argv, options: { events: { type: 'string', default: '100000' }, runs: { type: 'string', default: '25' }, help: { type: 'boolean', short: 'h' } } });
  return values.help ? null : { events: wholeNumber('--events', values.events), runs: wholeNumber('--runs', values.runs) };
}

/** A deterministic stream of numbers in [0, 1) (mulberry32), so every run loads the same timeline. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const YEAR_FROM = 1925;
const YEAR_TO = 2025;

/**
 * Events spread evenly over a century, mostly days with some months, years and a few decades (whose
 * ten-year span is what the range query's lower bound must allow for), each with names and a mention.
 */
function benchEvents(count: number): NewEvent[] {
  const next = random(42);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  const people = Array.from({ length: 500 }, (_, i) => `Person ${i}`);
  const places = Array.from({ length: 200 }, (_, i) => `Place ${i}`);
  const tags = Array.from({ length: 30 }, (_, i) => `tag-${i}`);
  return Array.from({ length: count }, (_, i) => {
    const at = new Date(Date.UTC(YEAR_FROM, 0, 1) + next() * (Date.UTC(YEAR_TO, 0, 1) - Date.UTC(YEAR_FROM, 0, 1)));
    const [y, m, d] = [at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()];
    const roll = next();
    const [granularity, start, end] =
      roll < 0.85
        ? (['day', Date.UTC(y, m, d), Date.UTC(y, m, d + 1)] as const)
        : roll < 0.95
          ? (['month', Date.UTC(y, m, 1), Date.UTC(y, m + 1, 1)] as const)
          : roll < 0.99
            ? (['year', Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)] as const)
            : (['decade', Date.UTC(y - (y % 10), 0, 1), Date.UTC(y - (y % 10) + 10, 0, 1)] as const);
    const id = `event-${String(i).padStart(6, '0')}`;
    const sentence = `On that ${granularity}, ${pick(people)} arrived in ${pick(places)} for the ${pick(tags)} meeting.`;
    return {
      id,
      title: `Event number ${i}`,
      summary: sentence,
      date: { value: new Date(start).toISOString().slice(0, 10), start: new Date(start).toISOString(), end: new Date(end - 1).toISOString(), granularity },
      mentions: [{ documentId: `doc-${Math.floor(i / EVENTS_PER_DOCUMENT)}`, start: 0, end: sentence.length, timexStart: 8, timexEnd: 12, sentence }],
      people: [pick(people), pick(people)],
      places: [pick(places)],
      tags: [pick(tags)],
      confidence: Math.round(next() * 100) / 100,
    };
  });
}

const DECADE = { from: '1990-01-01T00:00:00.000Z', to: '1999-12-31T23:59:59.999Z' };

/**
 * The queries timed, each a filter as a route would pass it. A `peer` is the same page without `q`: what
 * the q filter costs on top of it, as a ratio, is comparable across runs and machines.
 */
const QUERIES: { name: string; filter: EventFilter; peer?: string }[] = [
  { name: 'month window, limit 500', filter: { from: '2000-06-01T00:00:00.000Z', to: '2000-06-30T23:59:59.999Z', limit: 500 } },
  { name: 'month window, no limit', filter: { from: '2000-06-01T00:00:00.000Z', to: '2000-06-30T23:59:59.999Z' } },
  { name: 'year window, limit 500', filter: { from: '1980-01-01T00:00:00.000Z', to: '1980-12-31T23:59:59.999Z', limit: 500 } },
  { name: 'year window, no limit', filter: { from: '1980-01-01T00:00:00.000Z', to: '1980-12-31T23:59:59.999Z' } },
  { name: 'first page, limit 500', filter: { limit: 500 } },
  { name: 'person in a decade', filter: { ...DECADE, person: 'person 7' } },
  { name: 'decade, no limit', filter: DECADE },
  // One place of 200: about one event in 200 matches.
  { name: 'q substring, limit 500', filter: { q: 'place 17 for', limit: 500 }, peer: 'first page, limit 500' },
  { name: 'q rare, limit 500', filter: { q: 'number 4242', limit: 500 }, peer: 'first page, limit 500' },
  // Every event matches: the index cannot narrow anything.
  { name: 'q in every event, limit 500', filter: { q: 'meeting', limit: 500 }, peer: 'first page, limit 500' },
  // Too short for a trigram: a scan, as before the index.
  { name: 'q of 2 characters, limit 500', filter: { q: '7 ', limit: 500 }, peer: 'first page, limit 500' },
  { name: 'q in a decade', filter: { ...DECADE, q: 'place 17 for' }, peer: 'decade, no limit' },
];

interface Backend {
  label: string;
  url: string;
  store: Store;
  dispose(): Promise<void>;
}

async function sqliteBackend(): Promise<Backend> {
  const folder = mkdtempSync(join(tmpdir(), 'timeline-bench-'));
  const url = `sqlite:${join(folder, 'bench.db')}`;
  return { label: 'sqlite', url, store: await openStore(url), dispose: async () => rmSync(folder, { recursive: true, force: true }) };
}

async function postgresBackend(baseUrl: string): Promise<Backend> {
  const schema: ScratchSchema = await createScratchSchema(baseUrl, 'timeline_bench');
  try {
    return { label: 'postgres', url: schema.url, store: await openStore(schema.url), dispose: () => schema.drop() };
  } catch (error) {
    await schema.drop();
    throw error;
  }
}

async function load(backend: Backend, events: NewEvent[]) {
  await backend.store.createTimeline({ slug: TIMELINE, title: 'Benchmark' });
  const started = performance.now();
  for (let i = 0; i < events.length; i += EVENTS_PER_DOCUMENT) {
    const id = `doc-${i / EVENTS_PER_DOCUMENT}`;
    await backend.store.addDocument(
      TIMELINE,
      { id, dct: { value: '2025-01-01', source: 'given' }, text: `Document ${id}` },
      events.slice(i, i + EVENTS_PER_DOCUMENT),
    );
  }
  return performance.now() - started;
}

/** A second connection to the backend's database, for what the Store interface rightly does not offer. */
async function withDirectDb<T>(backend: Backend, work: (db: Kysely<Database>) => Promise<T>): Promise<T> {
  const db = backend.label === 'sqlite' ? connectSqlite(backend.url.slice('sqlite:'.length)) : (await connectPostgres(backend.url)).db;
  try {
    return await work(db);
  } finally {
    await db.destroy();
  }
}

/** How each database reaches the rows of a query, exactly as the store builds it: its distinct table and index accesses. */
function accessPaths(backend: Backend, filter: EventFilter): Promise<string[]> {
  return withDirectDb(backend, async (db) => {
    const parsed = EventFilter.parse(filter);
    const query = selectEvents(db, TIMELINE, parsed, await selectContext(db, backend.label as StoreKind, TIMELINE, parsed)).compile();
    const prefix = backend.label === 'sqlite' ? 'explain query plan ' : 'explain ';
    const { rows } = await db.executeQuery<Record<string, unknown>>(CompiledQuery.raw(prefix + query.sql, [...query.parameters]));
    const paths = rows.flatMap((row) => {
      const line = String(row.detail ?? row['QUERY PLAN']);
      const sqlite = /^(SCAN|SEARCH) (\w+)(?: USING (?:COVERING )?INDEX (\w+)| USING (INTEGER PRIMARY KEY)| (VIRTUAL TABLE))?/.exec(line);
      if (sqlite) {
        const how = sqlite[3] ? `by ${sqlite[3]}` : sqlite[4] ? 'by rowid' : sqlite[5] ? '(virtual table)' : 'FULL TABLE';
        return [`${sqlite[1].toLowerCase()} ${sqlite[2]} ${how}`];
      }
      const postgres = /(Seq Scan|Index Only Scan|Index Scan|Bitmap Index Scan)(?: Backward)? (?:using (\w+) )?on (\w+)/.exec(line);
      if (postgres) return [`${postgres[1]} ${postgres[2] ? `by ${postgres[2]}` : `on ${postgres[3]}`}`];
      return [];
    });
    return [...new Set(paths)];
  });
}

const ms = (value: number) => value.toFixed(2).padStart(9);

async function main(argv: string[]): Promise<number> {
  const read = argsOrExit(() => readArgs(argv), 'bench:store', USAGE);
  if ('exit' in read) return read.exit;
  const { args } = read;
  const baseUrl = process.env.DATABASE_URL_TEST || 'postgres://postgres@127.0.0.1:5432/test';
  const events = benchEvents(args.events);
  const backends: Backend[] = [await sqliteBackend()];
  try {
    backends.push(await postgresBackend(baseUrl));
  } catch (error) {
    console.warn(`!!! PostgreSQL skipped: ${(error as Error).message}`);
  }

  try {
    console.log(`${args.events.toLocaleString('en')} events on one timeline, ${EVENTS_PER_DOCUMENT} per document; median of ${args.runs} runs after ${WARMUPS} warm-ups, backends alternating.\n`);
    for (const backend of backends) {
      const loadMs = await load(backend, events);
      console.log(`${backend.label.padEnd(8)} load: ${(loadMs / 1000).toFixed(1)} s (${Math.round(args.events / (loadMs / 1000)).toLocaleString('en')} events/s through addDocument)`);
      // Fresh statistics, as autovacuum (PostgreSQL) or `pragma optimize` on close (SQLite) would leave them:
      // right after a bulk load PostgreSQL believes the tables empty and may nest-loop the name filter.
      await withDirectDb(backend, (db) => db.executeQuery(CompiledQuery.raw('analyze')));
    }

    // Each workload returns how many items it got, to check that the backends agree.
    const workloads: { name: string; run: (store: Store) => Promise<number> }[] = [
      ...QUERIES.map(({ name, filter }) => ({ name, run: async (store: Store) => (await store.listEvents(TIMELINE, filter)).events.length })),
      { name: 'listTimelines (dashboard)', run: async (store: Store) => (await store.listTimelines())[0].eventCount },
    ];
    const rows: { query: string; counts: number[]; medians: number[] }[] = [];
    for (const { name, run } of workloads) {
      const times = await timeAlternately(
        backends.map((b) => ({ name: b.label, run: () => run(b.store) })),
        args.runs,
        WARMUPS,
      );
      const counts = await Promise.all(backends.map((b) => run(b.store)));
      rows.push({ query: name, counts, medians: backends.map((b) => median(times.get(b.label)!)) });
    }

    const header = ['query'.padEnd(30), 'items'.padStart(7), ...backends.map((b) => `${b.label} ms`.padStart(12))];
    if (backends.length === 2) header.push('postgres/sqlite'.padStart(16));
    console.log(`\n${header.join(' ')}`);
    for (const row of rows) {
      const cells = [row.query.padEnd(30), String(row.counts[0]).padStart(7), ...row.medians.map((m) => ms(m).padStart(12))];
      if (backends.length === 2) cells.push(`${(row.medians[1] / row.medians[0]).toFixed(2)}x`.padStart(16));
      if (new Set(row.counts).size > 1) cells.push(`!!! backends disagree: ${row.counts.join(' vs ')}`);
      console.log(cells.join(' '));
    }

    console.log('\nq filter against its peer, the same page without q (ms, q/peer):');
    for (const { name, peer } of QUERIES) {
      if (!peer) continue;
      const [query, without] = [name, peer].map((n) => rows.find((r) => r.query === n)!);
      const cells = backends.map((b, i) => `${b.label} ${ms(query.medians[i])} / ${ms(without.medians[i])} = ${(query.medians[i] / without.medians[i]).toFixed(1).padStart(5)}x`);
      console.log(`  ${name.padEnd(28)} vs ${peer.padEnd(22)} ${cells.join('   ')}`);
    }

    console.log('\nAccess paths (EXPLAIN):');
    for (const { name, filter } of QUERIES) {
      for (const backend of backends) console.log(`  ${name.padEnd(30)} ${backend.label.padEnd(8)} ${(await accessPaths(backend, filter)).join('; ')}`);
    }
  } finally {
    for (const backend of backends) {
      await backend.store.close();
      await backend.dispose();
    }
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`bench:store failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
