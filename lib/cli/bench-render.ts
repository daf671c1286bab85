/**
 * Render benchmark: our timeline against vis-timeline on the same seeded events, in Debian Chromium.
 * Builds and starts the app on a port of our own, then for each N measures time to first render,
 * frame intervals (from requestAnimationFrame timestamps) and long-task time during a scripted
 * sequence of 20 wheel zoom-ins, 20 zoom-outs and a 600 px drag pan, and prints a table with ratios.
 *
 *   npm run bench:render -- [--n=1000,10000,100000] [--libs=ours,vis-timeline] [--port=3150] [--no-build] [--timeout=240]
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright';
import { parseCliArgs, wholeNumber } from './parse-cli-args';
import { ArgumentError, reportUsageError } from './usage-error';

const USAGE = 'usage: bench-render [--n=1000,10000,100000] [--libs=ours,vis-timeline] [--port=3100-3199] [--no-build] [--timeout=SECONDS per page]';
const DIST_DIR = '.next-bench-render';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

interface Options {
  sizes: number[];
  port: number;
  build: boolean;
  timeoutMs: number;
  libraries: string[];
}

function fail(message: string): never {
  console.error(`bench-render: ${message}`);
  process.exit(2);
}

function readArgs(argv: string[]): Options {
  const { values } = parseCliArgs({
    args: argv,
    options: { n: { type: 'string' }, libs: { type: 'string' }, port: { type: 'string', default: '3150' }, 'no-build': { type: 'boolean', default: false }, timeout: { type: 'string', default: '240' } },
  });
  const libraries = values.libs?.split(',') ?? LIBRARIES.map((l) => l.name);
  const unknown = libraries.find((name) => !LIBRARIES.some((lib) => lib.name === name));
  if (unknown !== undefined) throw new ArgumentError(`--libs takes names from ${LIBRARIES.map((l) => l.name).join(', ')}, got ${JSON.stringify(unknown)}`);
  return {
    sizes: values.n?.split(',').map((n) => wholeNumber('--n', n, 1, 200_000)) ?? [1000, 10_000, 100_000],
    port: wholeNumber('--port', values.port, 3100, 3199),
    build: !values['no-build'],
    timeoutMs: wholeNumber('--timeout', values.timeout) * 1000,
    libraries,
  };
}

interface Result {
  firstRenderMs: number;
  p50: number;
  p95: number;
  max: number;
  frames: number;
  longTaskMs: number;
}

/** A run that ran out of time still reports its first render when it got that far. */
type TimedOut = { timedOut: true; firstRenderMs: number };
type Outcome = Result | TimedOut | { error: string };

/**
 * Records rAF timestamps and long-task time in the page. A string, not a function: tsx compiles functions
 * with esbuild's name helper, which does not exist inside the page.
 */
const RECORDER = `
  window.__bench = { frames: [], longTasks: 0, recording: true };
  const tick = (t) => {
    if (!window.__bench.recording) return;
    window.__bench.frames.push(t);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  new PerformanceObserver((list) => {
    if (window.__bench.recording) for (const e of list.getEntries()) window.__bench.longTasks += e.duration;
  }).observe({ type: 'longtask' });
`;
const STOP_RECORDING = '(window.__bench.recording = false, { frames: window.__bench.frames, longTasks: window.__bench.longTasks })';
const TWO_FRAMES = 'new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))';

const LIBRARIES = [
  { name: 'ours', path: '/bench/timeline', measure: 'timeline:first-render', ready: '.tl[data-ready]', target: '.tl-plot' },
  { name: 'vis-timeline', path: '/bench/vis-timeline', measure: 'vis:first-render', ready: '.vis-bench[data-ready]', target: '.vis-bench .vis-center' },
] as const;
type Library = (typeof LIBRARIES)[number];

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Runs one library at one N in a fresh page, giving up (and closing the page) after `timeoutMs`. */
async function measure(browser: Browser, base: string, lib: Library, n: number, timeoutMs: number): Promise<Outcome> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  let timer: NodeJS.Timeout | undefined;
  const progress = { firstRenderMs: NaN };
  const timedOut = new Promise<TimedOut>((resolve) => (timer = setTimeout(() => resolve({ timedOut: true, firstRenderMs: progress.firstRenderMs }), timeoutMs)));
  try {
    return await Promise.race([run(context, base, lib, n, progress), timedOut]);
  } catch (error) {
    return { error: String(error).split('\n')[0] };
  } finally {
    clearTimeout(timer);
    await context.close().catch(() => undefined);
  }
}

async function run(context: BrowserContext, base: string, lib: Library, n: number, progress: { firstRenderMs: number }): Promise<Result> {
  const page = await context.newPage();
  page.setDefaultTimeout(0);
  await page.goto(`${base}${lib.path}?n=${n}`);
  await page.waitForSelector(lib.ready, { state: 'attached' });
  const firstRenderMs = await page.evaluate<number>(`performance.getEntriesByName(${JSON.stringify(lib.measure)}, 'measure')[0]?.duration ?? NaN`);
  progress.firstRenderMs = firstRenderMs;
  // Let the page settle so start-up work does not count as interaction.
  await page.waitForTimeout(500);
  await page.evaluate(RECORDER);
  await runSequence(page, lib);
  const { frames, longTasks } = await page.evaluate<{ frames: number[]; longTasks: number }>(STOP_RECORDING);
  const intervals = frames
    .slice(1)
    .map((t, i) => t - frames[i])
    .sort((a, b) => a - b);
  return { firstRenderMs, p50: percentile(intervals, 50), p95: percentile(intervals, 95), max: intervals[intervals.length - 1] ?? NaN, frames: frames.length, longTaskMs: longTasks };
}

/** 20 wheel zoom-ins, 20 zoom-outs and a 600 px drag, at the centre of the plot. */
async function runSequence(page: Page, lib: Library) {
  const box = await page.locator(lib.target).first().boundingBox();
  if (!box) throw new Error(`no ${lib.target} on the page`);
  const x = box.x + box.width / 2;
  const y = box.y + Math.min(box.height / 2, 200);
  await page.mouse.move(x, y);
  for (const deltaY of [...Array(20).fill(-100), ...Array(20).fill(100)]) {
    await page.mouse.wheel(0, deltaY);
    await page.waitForTimeout(50);
  }
  await page.mouse.move(x - 300, y);
  await page.mouse.down();
  await page.mouse.move(x + 300, y, { steps: 30 });
  await page.mouse.up();
  // Wait for the frames the sequence caused; a blocked page answers this late, and that counts.
  await page.evaluate(TWO_FRAMES);
}

async function waitForServer(url: string, server: ChildProcess, ms: number) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (server.exitCode !== null) fail(`next start exited with code ${server.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  fail(`server did not answer ${url} within ${ms / 1000} s`);
}

const fmt = (ms: number) => (Number.isFinite(ms) ? (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`) : '—');

function printTable(results: Map<string, Outcome>, sizes: number[]) {
  const rows: string[][] = [['N', 'library', 'first render', 'frame p50', 'frame p95', 'frame max', 'long tasks', 'frames']];
  for (const n of sizes) {
    for (const lib of LIBRARIES) {
      const r = results.get(`${lib.name}@${n}`);
      if (!r) continue;
      if ('timedOut' in r) rows.push([String(n), lib.name, fmt(r.firstRenderMs), 'timed out', '', '', '', '']);
      else if ('error' in r) rows.push([String(n), lib.name, `error: ${r.error}`, '', '', '', '', '']);
      else rows.push([String(n), lib.name, fmt(r.firstRenderMs), fmt(r.p50), fmt(r.p95), fmt(r.max), fmt(r.longTaskMs), String(r.frames)]);
    }
    const ours = results.get(`ours@${n}`);
    const vis = results.get(`vis-timeline@${n}`);
    if (ours && vis && !('error' in ours) && !('timedOut' in ours) && !('error' in vis)) {
      const ratio = (a: number, b: number) => (b > 0 && Number.isFinite(a) ? `${(a / b).toFixed(1)}×` : '—');
      if ('timedOut' in vis) {
        rows.push([String(n), 'vis / ours', ratio(vis.firstRenderMs, ours.firstRenderMs), 'vis-timeline timed out', '', '', '', '']);
      } else {
        // With no long tasks of ours there is no ratio to print, only the other's total.
        const longTasks = ours.longTaskMs >= 1 ? ratio(vis.longTaskMs, ours.longTaskMs) : `${fmt(vis.longTaskMs)} vs 0`;
        rows.push([String(n), 'vis / ours', ratio(vis.firstRenderMs, ours.firstRenderMs), ratio(vis.p50, ours.p50), ratio(vis.p95, ours.p95), ratio(vis.max, ours.max), longTasks, '']);
      }
    }
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  for (const [i, r] of rows.entries()) {
    console.log(r.map((cell, c) => cell.padEnd(widths[c])).join('  '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

async function main() {
  let options: Options;
  try {
    options = readArgs(process.argv.slice(2));
  } catch (error) {
    process.exit(reportUsageError(error, 'bench-render', USAGE));
  }
  const env = { ...process.env, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: '1' };
  if (options.build) {
    console.log(`building the app into ${DIST_DIR} ...`);
    // Compile, then generate: the two halves of `next build` without its project-wide type check, which
    // is `npm run typecheck`'s job and would let any unfinished file elsewhere in the repo stop a benchmark.
    let build = spawnSync('npx', ['next', 'build', '--experimental-build-mode', 'compile', '--debug-build-paths', 'app/bench/**'], { env, stdio: ['ignore', 'inherit', 'inherit'] });
    if (build.status === 0) build = spawnSync('npx', ['next', 'build', '--experimental-build-mode', 'generate', '--debug-build-paths', 'app/bench/**'], { env, stdio: ['ignore', 'inherit', 'inherit'] });
    if (build.status !== 0) fail(`next build failed (exit ${build.status})`);
  }
  const server = spawn('npx', ['next', 'start', '-p', String(options.port)], { env, stdio: ['ignore', 'ignore', 'inherit'], detached: true });
  const stop = () => {
    if (server.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
  };
  process.on('exit', stop);
  process.on('SIGINT', () => process.exit(130));
  const base = `http://127.0.0.1:${options.port}`;
  let browser: Browser | undefined;
  try {
    await waitForServer(`${base}/bench/timeline?n=1`, server, 60_000);
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
    const results = new Map<string, Outcome>();
    for (const n of options.sizes) {
      for (const lib of LIBRARIES.filter((l) => options.libraries.includes(l.name))) {
        const r = await measure(browser, base, lib, n, options.timeoutMs);
        results.set(`${lib.name}@${n}`, r);
        console.log(`${lib.name} n=${n}: ${'error' in r ? r.error : 'timedOut' in r ? `timed out (first render ${fmt(r.firstRenderMs)})` : `first render ${fmt(r.firstRenderMs)}, p95 ${fmt(r.p95)}, long tasks ${fmt(r.longTaskMs)}`}`);
      }
    }
    console.log(`\nChromium ${browser.version()}, 1280×900, 2 shared cores; frames are rAF intervals during the zoom/pan sequence.\n`);
    printTable(results, options.sizes);
  } finally {
    await browser?.close();
    stop();
  }
}

main().catch((error) => {
  console.error(`bench-render: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
