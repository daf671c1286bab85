/**
 * Lighthouse audit of the dashboard pages: `/` and the seed timeline, mobile (Lighthouse's default) and
 * desktop, in Debian Chromium. Builds the app into its own dist dir, starts it on a fresh SQLite store
 * holding the seed, runs every page twice (the machine is shared and noisy) and prints the median scores
 * against the targets, then the failing audits of anything under target. Exits 1 if a target is missed.
 *
 *   npm run audit:pages -- [--skip-build] [--url BASE] [--runs N] [--save DIR]
 *
 * --save writes every run's Lighthouse report as JSON (open it in https://googlechrome.github.io/lighthouse/viewer/).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import type { Config, Result } from 'lighthouse';
import { parseCliArgs, wholeNumber } from './parse-cli-args';
import { ArgumentError, reportUsageError } from './usage-error';

const USAGE = 'usage: npm run audit:pages -- [--skip-build] [--url BASE] [--runs N] [--save DIR]';
const DIST_DIR = '.next-audit';
const PORT = 3500;
// Chrome's DevTools port, from our own range rather than a random one.
const CHROME_PORT = 3501;
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const PAGES = [
  { name: 'dashboard', path: '/' },
  { name: 'seed timeline', path: '/timelines/royal-family' },
];
// SEO is reported for information only.
const TARGETS: Record<string, number | null> = { performance: 0.9, accessibility: 0.95, 'best-practices': 0.95, seo: null };
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];

/** What must be undone however the audit ends, Ctrl-C included (process.exit skips `finally`), last first. */
const cleanups: (() => void)[] = [];
process.on('exit', () => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));

function readArgs(argv: string[]) {
  const { values } = parseCliArgs({
    args: argv,
    options: { 'skip-build': { type: 'boolean', default: false }, url: { type: 'string' }, runs: { type: 'string', default: '2' }, save: { type: 'string' } },
  });
  const { url, save } = values;
  if (url !== undefined && (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol))) throw new ArgumentError('--url needs an http(s) address, such as http://127.0.0.1:3000');
  if (save === '') throw new ArgumentError('--save needs a folder');
  return {
    build: !values['skip-build'],
    base: url === undefined ? null : url.replace(/\/+$/, ''),
    runs: wholeNumber('--runs', values.runs, 1, 9),
    save: save === undefined ? null : path.resolve(save),
  };
}

function nodeTool(args: string[], env: NodeJS.ProcessEnv, what: string) {
  const result = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`${what} failed (exit ${result.status ?? result.signal})`);
}

/**
 * Compile, then generate: the two halves of `next build` without its project-wide type check, which is
 * `npm run typecheck`'s job and would let an unfinished file elsewhere in the repo stop the audit.
 */
function build(env: NodeJS.ProcessEnv) {
  console.log(`building the app into ${DIST_DIR} ...`);
  const next = path.join('node_modules', 'next', 'dist', 'bin', 'next');
  // `next build` adds its dist dir's type folders to tsconfig.json; this private build must not.
  const tsconfig = readFileSync('tsconfig.json', 'utf8');
  try {
    for (const mode of ['compile', 'generate']) nodeTool([next, 'build', '--experimental-build-mode', mode], env, `next build (${mode})`);
  } finally {
    if (readFileSync('tsconfig.json', 'utf8') !== tsconfig) writeFileSync('tsconfig.json', tsconfig);
  }
  // As `npm start` does: the embed's scripts are built beside Next's output (the embed dialog previews them).
  nodeTool(['--import', 'tsx', path.join('lib', 'cli', 'build-embed.ts')], env, 'npm run build:embed');
}

async function waitUntilUp(base: string, server: ChildProcess) {
  for (let i = 0; i < 180; i++) {
    if (server.exitCode !== null) throw new Error(`next start exited with code ${server.exitCode}`);
    try {
      if ((await fetch(`${base}/`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the server did not answer within 90 s');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

type Details = { type?: string; items?: unknown[] } | undefined;
type DetailItem = Record<string, unknown>;

/** One line for a table row of an audit's details: the node, source or URL it is about, and its numbers. */
function describeItem(item: DetailItem): string {
  const parts: string[] = [];
  for (const value of Object.values(item)) {
    if (value && typeof value === 'object' && 'type' in value) {
      const v = value as { type: string; selector?: string; snippet?: string; explanation?: string; url?: string; line?: number; column?: number };
      if (v.type === 'node') parts.push([v.selector, v.snippet?.slice(0, 160), v.explanation?.split('\n').slice(0, 2).join(' ')].filter(Boolean).join(' '));
      else if (v.type === 'source-location') parts.push(`${v.url}:${(v.line ?? 0) + 1}:${(v.column ?? 0) + 1}`);
    } else if (typeof value === 'string' || typeof value === 'number') parts.push(String(value).slice(0, 200));
  }
  return parts.filter(Boolean).join(' | ');
}

function detailLines(details: Details, limit = 6): string[] {
  if (!details?.items) return [];
  // A list (e.g. diagnostics) holds tables of its own.
  const items = details.type === 'list' ? details.items.flatMap((i) => ((i as { value?: Details }).value ?? (i as Details))?.items ?? []) : details.items;
  const lines = items.slice(0, limit).map((i) => describeItem(i as DetailItem));
  if (items.length > limit) lines.push(`... and ${items.length - limit} more`);
  return lines;
}

function failingAudits(lhr: Result, categoryId: string): string[] {
  const category = lhr.categories[categoryId];
  const lines: string[] = [];
  for (const ref of category.auditRefs) {
    const audit = lhr.audits[ref.id];
    if (audit.score === null || audit.score >= 0.9) continue;
    lines.push(`  ${audit.id} (score ${audit.score}${ref.weight ? `, weight ${ref.weight}` : ''}): ${audit.title}${audit.displayValue ? ` — ${audit.displayValue}` : ''}`);
    for (const line of detailLines(audit.details as Details)) lines.push(`      ${line}`);
  }
  return lines;
}

function printTable(rows: string[][]) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  for (const [i, r] of rows.entries()) {
    console.log(r.map((cell, c) => cell.padEnd(widths[c])).join('  '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

async function audit(base: string, runs: number, save: string | null): Promise<boolean> {
  // Imported at run time: a static import would have tsx compile Lighthouse to CommonJS with esbuild's
  // name helper, which is missing inside the page where Lighthouse evaluates its own functions.
  const { default: lighthouse, desktopConfig } = await import('lighthouse');
  const formFactors: { name: string; config?: Config }[] = [{ name: 'mobile' }, { name: 'desktop', config: desktopConfig }];
  // Our exit handler stops Chromium, on Ctrl-C too.
  const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: CHROME_FLAGS, port: CHROME_PORT, logLevel: 'silent', handleSIGINT: false });
  cleanups.push(chrome.kill);
  const results: { page: string; formFactor: string; runs: Result[] }[] = [];
  try {
    for (const page of PAGES) {
      for (const formFactor of formFactors) {
        const lhrs: Result[] = [];
        for (let run = 1; run <= runs; run++) {
          const result = await lighthouse(`${base}${page.path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(TARGETS) }, formFactor.config);
          if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
          const lhr = result.lhr;
          if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${page.path}: ${lhr.runtimeError.message}`);
          lhrs.push(lhr);
          if (save) {
            mkdirSync(save, { recursive: true });
            writeFileSync(path.join(save, `${page.name.replace(/\W+/g, '-')}-${formFactor.name}-${run}.json`), JSON.stringify(lhr));
          }
          const scores = Object.keys(TARGETS).map((c) => `${c} ${Math.round((lhr.categories[c].score ?? 0) * 100)}`);
          // Lighthouse's own threshold for a host too slow for its default CPU throttling (it warns only in its CLI).
          const busy = lhr.environment.benchmarkIndex < 1000 ? ' below 1000: the machine was busy, so performance is understated' : '';
          console.log(`${page.path} ${formFactor.name} run ${run}: ${scores.join(', ')} (benchmarkIndex ${lhr.environment.benchmarkIndex}${busy})${lhr.runWarnings.length ? `; warnings: ${lhr.runWarnings.join(' ')}` : ''}`);
        }
        results.push({ page: page.path, formFactor: formFactor.name, runs: lhrs });
      }
    }
  } finally {
    cleanups.splice(cleanups.indexOf(chrome.kill), 1);
    chrome.kill();
  }

  console.log(`\nMedian of ${runs} run${runs === 1 ? '' : 's'} per page and form factor (the machine is shared; single runs drift). Targets: ${Object.entries(TARGETS)
    .filter(([, t]) => t !== null)
    .map(([c, t]) => `${c} >= ${t! * 100}`)
    .join(', ')}; SEO for information.\n`);
  const scoreRows = [['page', 'form factor', ...Object.keys(TARGETS), 'result']];
  const metricRows = [['page', 'form factor', ...METRICS.map((m) => results[0].runs[0].audits[m].title)]];
  const failures: string[] = [];
  for (const r of results) {
    let pass = true;
    const cells = Object.entries(TARGETS).map(([category, target]) => {
      const score = median(r.runs.map((lhr) => lhr.categories[category].score ?? 0));
      const missed = target !== null && score < target;
      if (missed) {
        pass = false;
        // The worse run's audits: what to fix is what failed when it went badly.
        const worst = r.runs.reduce((a, b) => ((b.categories[category].score ?? 0) < (a.categories[category].score ?? 0) ? b : a));
        failures.push(`${r.page} ${r.formFactor}, ${category} ${Math.round(score * 100)} < ${target * 100} (audits from the worse run):`, ...failingAudits(worst, category));
      }
      return `${Math.round(score * 100)}${missed ? ' FAIL' : ''}`;
    });
    scoreRows.push([r.page, r.formFactor, ...cells, pass ? 'pass' : 'FAIL']);
    metricRows.push([
      r.page,
      r.formFactor,
      ...METRICS.map((m) => {
        const value = median(r.runs.map((lhr) => lhr.audits[m].numericValue ?? NaN));
        return m === 'cumulative-layout-shift' ? value.toFixed(3) : `${Math.round(value)} ms`;
      }),
    ]);
  }
  printTable(scoreRows);
  console.log('');
  printTable(metricRows);
  if (failures.length) console.log(`\nUnder target:\n${failures.join('\n')}`);
  return failures.length === 0;
}

async function main(): Promise<number> {
  let options;
  try {
    options = readArgs(process.argv.slice(2));
  } catch (error) {
    return reportUsageError(error, 'audit:pages', USAGE);
  }
  if (!existsSync('/usr/bin/chromium')) {
    console.error('audit:pages: Chromium is missing at /usr/bin/chromium (sudo apt-get install -y chromium)');
    return 2;
  }
  if (options.base) {
    if (!(await fetch(options.base).catch(() => null))) {
      console.error(`audit:pages: nothing answers at ${options.base}`);
      return 2;
    }
    return (await audit(options.base, options.runs, options.save)) ? 0 : 1;
  }

  const dir = mkdtempSync(path.join(os.tmpdir(), 'audit-pages-'));
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: '1', PORT: String(PORT), DATABASE_URL: `sqlite:${path.join(dir, 'audit.db')}`, TIMELINE_AUTH_DIR: dir };
  let server: ChildProcess | null = null;
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  cleanups.push(() => {
    if (server?.pid && server.exitCode === null) {
      try {
        // Its own process group, so that stopping it stops everything it started.
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
  });
  try {
    if (options.build || !existsSync(path.join(DIST_DIR, 'BUILD_ID'))) build(env);
    nodeTool(['--import', 'tsx', path.join('lib', 'cli', 'prepare-store.ts')], env, 'preparing the store');
    const next = path.join('node_modules', 'next', 'dist', 'bin', 'next');
    server = spawn(process.execPath, [next, 'start', '-p', String(PORT), '-H', '127.0.0.1'], { env, stdio: ['ignore', 'ignore', 'inherit'], detached: true });
    const base = `http://127.0.0.1:${PORT}`;
    await waitUntilUp(base, server);
    return (await audit(base, options.runs, options.save)) ? 0 : 1;
  } finally {
    for (const cleanup of cleanups.splice(0).reverse()) cleanup();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`audit:pages: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
