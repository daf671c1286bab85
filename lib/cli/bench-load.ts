// npm run bench:load [-- --duration SECONDS --connections N --port P --reuse-build]
// Builds and starts the production server on loopback over a fresh SQLite store holding the seed and a
// synthetic 10,000-event timeline, then drives each target with autocannon for --duration seconds (30).
// Prints requests/s, p50/p99 latency, bytes per response, errors and status counts, and each target's
// throughput as a ratio of the small /api/timelines list measured in the same run (the machine is shared;
// absolute figures drift). The embed's events file, which its page names, is measured beside the page.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import type { NewEvent } from '../model';
import { ensureSeed } from '../seed/ensure-seed';
import { openStore } from '../store/open-store';
import { parseCliArgs, wholeNumber } from './parse-cli-args';
import { reportUsageError } from './usage-error';

const SYNTHETIC = 'synthetic-10k';
/** What a browser sends for a page load, besides Accept-Encoding. */
const PAGE_LOAD = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', 'sec-fetch-dest': 'document', 'sec-fetch-mode': 'navigate' };
const P99_TARGET_MS = 100;
const USAGE = 'usage: npm run bench:load -- [--duration S] [--connections N] [--port P] [--reuse-build]';

function readArgs(argv: string[]) {
  const { values } = parseCliArgs({
    args: argv,
    options: { duration: { type: 'string', default: '30' }, connections: { type: 'string', default: '10' }, port: { type: 'string', default: '3301' }, 'reuse-build': { type: 'boolean', default: false } },
  });
  return {
    duration: wholeNumber('--duration', values.duration, 1, 65535),
    connections: wholeNumber('--connections', values.connections, 1, 65535),
    // From 1024: the bench runs as an ordinary user.
    port: wholeNumber('--port', values.port, 1024, 65535),
    reuseBuild: values['reuse-build'],
  };
}

/** 10,000 events spread over 1900-2024, with names to filter by. */
function syntheticEvents(): NewEvent[] {
  return Array.from({ length: 10_000 }, (_, i) => {
    const day = new Date(Date.UTC(1900, 0, 1) + Math.floor((i * 45_000 * 86_400_000) / 10_000));
    const value = day.toISOString().slice(0, 10);
    return {
      id: `${value}-synthetic-event-${i}`,
      title: `Synthetic event ${i}`,
      summary: `Event number ${i} of the load test.`,
      date: { value, start: `${value}T00:00:00.000Z`, end: `${value}T23:59:59.999Z`, granularity: 'day', approximate: false },
      people: [`Person ${i % 50}`],
      places: [`Place ${i % 20}`],
      tags: [`tag-${i % 10}`],
      confidence: (i % 10) / 10,
    };
  });
}

async function prepareStore(url: string): Promise<string> {
  const store = await openStore(url);
  try {
    await ensureSeed(store);
    await store.createTimeline({ slug: SYNTHETIC, title: 'Synthetic: 10,000 events' });
    const { events } = await store.addDocument(SYNTHETIC, { id: 'synthetic', title: 'Synthetic', source: '', dct: { value: null, source: 'none', reason: '' }, text: '' }, syntheticEvents());
    return events[5000].id;
  } finally {
    await store.close();
  }
}

function startServer(port: number, env: NodeJS.ProcessEnv): ChildProcess {
  const next = path.join('node_modules', 'next', 'dist', 'bin', 'next');
  // Its own process group, so that stopping it stops everything it started.
  return spawn(process.execPath, [next, 'start', '-p', String(port), '-H', '127.0.0.1'], { env, stdio: ['ignore', 'ignore', 'inherit'], detached: true });
}

async function waitUntilUp(base: string, server: ChildProcess): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}`);
    try {
      if ((await fetch(`${base}/api/timelines`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the server did not answer within 60 s');
}

interface Target {
  name: string;
  path: string;
  headers?: Record<string, string>;
}

async function measure(base: string, target: Target, duration: number, connections: number) {
  // Every request carries Accept-Encoding as browsers send it, so compressed responses are measured as readers get them.
  const headers = { 'accept-encoding': 'gzip, deflate, br', ...target.headers };
  const result = await autocannon({ url: `${base}${target.path}`, connections, duration, headers });
  const fivexx = result['5xx'];
  return {
    target: target.name,
    'req/s': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    // As received, headers included: compressed where the server compressed.
    'KB/resp': Math.round(result.throughput.total / Math.max(1, result.requests.total) / 1024),
    errors: result.errors + result.timeouts,
    '2xx': result['2xx'],
    '3xx': result['3xx'],
    '4xx': result['4xx'],
    '5xx': fivexx,
  };
}

/** The events file an embed document preloads (lib/permalink/embed-document.ts). */
function eventsFileOf(html: string): string {
  const href = /<link rel="preload" href="([^"]+)" as="fetch"/.exec(html)?.[1];
  if (!href) throw new Error('the embed document names no events file');
  return href.replaceAll('&amp;', '&');
}

async function main(): Promise<number> {
  let args;
  try {
    args = readArgs(process.argv.slice(2));
  } catch (error) {
    return reportUsageError(error, 'bench:load', USAGE);
  }
  const distDir = '.next-load';
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-load-'));
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', NEXT_DIST_DIR: distDir, DATABASE_URL: `sqlite:${path.join(dir, 'store.db')}`, NEXT_TELEMETRY_DISABLED: '1', TIMELINE_AUTH_DIR: dir };
  let server: ChildProcess | null = null;
  try {
    if (!args.reuseBuild || !existsSync(path.join(distDir, 'BUILD_ID'))) {
      console.log(`Building into ${distDir} ...`);
      // `next build` adds its dist dir's type folders to tsconfig.json; this private build must not.
      const tsconfig = readFileSync('tsconfig.json', 'utf8');
      const built = spawnSync(process.execPath, [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'build'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
      if (readFileSync('tsconfig.json', 'utf8') !== tsconfig) writeFileSync('tsconfig.json', tsconfig);
      if (built.status !== 0) throw new Error('next build failed');
      // As `npm start` does: the embed's scripts are built beside Next's output.
      const embed = spawnSync(process.execPath, ['--import', 'tsx', path.join('lib', 'cli', 'build-embed.ts')], { env, stdio: ['ignore', 'ignore', 'inherit'] });
      if (embed.status !== 0) throw new Error('npm run build:embed failed');
    }
    const eventId = await prepareStore(env.DATABASE_URL!);
    server = startServer(args.port, env);
    const base = `http://127.0.0.1:${args.port}`;
    await waitUntilUp(base, server);

    const json = `/api/timelines/${SYNTHETIC}`;
    const etag = (await fetch(`${base}${json}`)).headers.get('etag') ?? '';
    const embed = `/embed/${SYNTHETIC}`;
    const eventsFile = eventsFileOf(await (await fetch(`${base}${embed}`)).text());
    const targets: Target[] = [
      { name: 'peer: GET /api/timelines', path: '/api/timelines' },
      { name: `GET ${json} (200 events)`, path: json },
      { name: `GET ${json}, If-None-Match (304)`, path: json, headers: { 'if-none-match': etag } },
      // As a browser loads a page; the router's client-side navigations are RSC fetches, not measured here.
      { name: 'GET event permalink page', path: `/timelines/${SYNTHETIC}/events/${eventId}`, headers: PAGE_LOAD },
      { name: `GET ${embed}`, path: embed },
      { name: `GET ${embed}'s events file`, path: eventsFile },
    ];
    // Warm each target once (route compilation, caches) so the first measurement is not the odd one out.
    for (const t of targets) await fetch(`${base}${t.path}`, { headers: t.headers });

    const rows = [];
    for (const target of targets) {
      console.log(`${target.name}: ${args.duration} s, ${args.connections} connections ...`);
      rows.push(await measure(base, target, args.duration, args.connections));
    }
    const peer = rows[0]['req/s'] || 1;
    console.table(rows.map((r) => ({ ...r, 'vs peer': (r['req/s'] / peer).toFixed(2) })));
    const failed = rows.filter((r) => r.errors > 0 || r['5xx'] > 0);
    const slow = rows.filter((r) => r['p99 ms'] >= P99_TARGET_MS);
    console.log(`errors or 5xx: ${failed.length ? failed.map((r) => r.target).join('; ') : 'none'}`);
    console.log(`p99 >= ${P99_TARGET_MS} ms: ${slow.length ? slow.map((r) => `${r.target} (${r['p99 ms']} ms)`).join('; ') : 'none'}`);
    return failed.length ? 1 : 0;
  } finally {
    if (server?.pid) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`bench:load: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
