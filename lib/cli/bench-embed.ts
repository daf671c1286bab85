// npm run bench:embed [-- --events 1000 --rounds 5 --port 3401]
// Weight and cold-cache load-to-first-render of our embed beside TimelineJS and vis-timeline, each page
// served gzipped by one local server and opened in a fresh Chromium context per load, rounds alternating.
import { chromium, type Browser } from '@playwright/test';
import { readFile, rm } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Event, Timeline } from '../model';
import { timelineEmbedDocument } from '../permalink/embed-document';
import { DEFAULT_EMBED_OPTIONS } from '../permalink/embed-options';
import { sampleEvents } from '../timeline/sample-events';
import { buildEmbed } from './build-embed';
import { parseCliArgs, wholeNumber } from './parse-cli-args';
import { reportUsageError } from './usage-error';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const BUDGET_GZIP_JS = 50 * 1024;
const BUDGET_FIRST_RENDER_MS = 1000;
const USAGE = 'usage: npm run bench:embed [-- --events N (1-100000)] [--rounds N (1-50)] [--port 1024-65535]';

interface Served {
  body: Buffer;
  type: string;
}

interface Contender {
  name: string;
  page: string;
  /** The files a load fetches, besides the page itself, by kind. */
  js: string[];
  css: string[];
  /** Data files the page fetches, already gzip files (the events file). */
  data: string[];
}

function readArgs(argv: string[]) {
  const { values } = parseCliArgs({ args: argv, options: { events: { type: 'string', default: '1000' }, rounds: { type: 'string', default: '5' }, port: { type: 'string', default: '3401' } } });
  return { events: wholeNumber('--events', values.events, 1, 100_000), rounds: wholeNumber('--rounds', values.rounds, 1, 50), port: wholeNumber('--port', values.port, 1024, 65535) };
}

/** TimelineJS's own data format: one slide per event. */
function timelineJsData(events: Event[]) {
  const parts = (iso: string) => {
    const d = new Date(iso);
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  };
  return {
    events: events.map((e) => ({
      start_date: parts(e.date.start),
      ...(e.date.granularity === 'day' || e.date.granularity === 'time' ? {} : { end_date: parts(e.date.end) }),
      text: { headline: e.title, text: e.mentions[0]?.sentence ?? '' },
    })),
  };
}

/** vis-timeline's items: points for days and moments, ranges for periods. */
function visItems(events: Event[]) {
  return events.map((e, id) => {
    const point = e.date.granularity === 'day' || e.date.granularity === 'time';
    return point ? { id, content: e.title, start: e.date.start, type: 'point' } : { id, content: e.title, start: e.date.start, end: e.date.end };
  });
}

/** A page that records when the first of `selector` appears, as our renderer marks its first frame. */
function firstRenderProbe(selector: string): string {
  return (
    `<script>(function(){function look(){if(document.querySelector(${JSON.stringify(selector)})){` +
    `performance.mark('timeline:first-render');return;}requestAnimationFrame(look);}requestAnimationFrame(look);})();</script>`
  );
}

async function pages(eventCount: number, origin: string) {
  const assetsDir = path.join(tmpdir(), `timeline-bench-embed-${process.pid}`);
  const manifest = await buildEmbed(assetsDir);
  const events = sampleEvents(eventCount, 7);
  const now = new Date().toISOString();
  const timeline: Timeline = { slug: 'bench', title: `${eventCount.toLocaleString('en')} sample events`, description: '', createdAt: now, updatedAt: now };
  const files = new Map<string, Served>();
  const serve = (url: string, body: Buffer | string, type: string) => files.set(url, { body: Buffer.from(body), type });

  const ourJs = `/assets/${manifest.timeline.file}`;
  serve(ourJs, await readFile(path.join(assetsDir, manifest.timeline.file)), 'text/javascript');
  const timelineCss = await readFile(path.join(assetsDir, manifest['timeline-css'].file), 'utf8');
  // The events file, as /embed/[slug]/data/[key] serves it (lib/permalink/events-file.ts).
  serve('/ours-events', gzipSync(JSON.stringify(events)), 'application/gzip');
  serve('/ours', timelineEmbedDocument({ timeline, eventsUrl: '/ours-events', options: DEFAULT_EMBED_OPTIONS, origin, scriptSrc: ourJs, timelineCss }), 'text/html');

  const tlDir = 'node_modules/@knight-lab/timelinejs/dist';
  serve('/tl/timeline.js', await readFile(path.join(tlDir, 'js/timeline.js')), 'text/javascript');
  serve('/tl/timeline.css', await readFile(path.join(tlDir, 'css/timeline.css')), 'text/css');
  serve('/tl/locale/en.json', await readFile(path.join(tlDir, 'js/locale/en.json')), 'application/json');
  serve(
    '/timelinejs',
    `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="/tl/timeline.css"></head>` +
      `<body style="margin:0"><div id="tl" style="width:900px;height:600px"></div>${firstRenderProbe('.tl-timemarker')}` +
      `<script src="/tl/timeline.js"></script><script>window.tl=new TL.Timeline('tl',${JSON.stringify(timelineJsData(events))},{script_path:'/tl/',font:null});</script></body></html>`,
    'text/html',
  );

  serve('/vis/vis.js', await readFile('node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js'), 'text/javascript');
  serve(
    '/vis',
    `<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0"><div id="vis" style="width:900px"></div>${firstRenderProbe('.vis-item')}` +
      `<script src="/vis/vis.js"></script><script>new vis.Timeline(document.getElementById('vis'),new vis.DataSet(${JSON.stringify(visItems(events))}),{height:'600px'});</script></body></html>`,
    'text/html',
  );

  const contenders: Contender[] = [
    { name: 'ours (/embed)', page: '/ours', js: [ourJs], css: [], data: ['/ours-events'] },
    { name: 'TimelineJS 3', page: '/timelinejs', js: ['/tl/timeline.js'], css: ['/tl/timeline.css'], data: [] },
    { name: 'vis-timeline', page: '/vis', js: ['/vis/vis.js'], css: [], data: [] },
  ];
  return { files, contenders, assetsDir };
}

function startServer(files: Map<string, Served>, port: number): Promise<http.Server> {
  const gzipped = new Map([...files].map(([url, f]) => [url, gzipSync(f.body, { level: 6 })]));
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x').pathname;
    const file = files.get(url);
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': `${file.type}; charset=utf-8`, 'Content-Encoding': 'gzip', 'Cache-Control': 'no-store' });
    res.end(gzipped.get(url));
  });
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(new Error(error.code === 'EADDRINUSE' ? `port ${port} is in use; pass --port with another one` : error.message)),
    );
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

/** Navigation start to the first rendered frame, in a fresh context (cold cache), in ms. */
async function loadOnce(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 900, height: 700 } });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(() => performance.getEntriesByName('timeline:first-render', 'mark')[0]?.startTime, null, {
      timeout: 60_000,
      polling: 'raf',
    });
    return Number(await handle.jsonValue());
  } finally {
    await context.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function main() {
  let args;
  try {
    args = readArgs(process.argv.slice(2));
  } catch (error) {
    process.exit(reportUsageError(error, 'bench:embed', USAGE));
  }
  const origin = `http://127.0.0.1:${args.port}`;
  const { files, contenders, assetsDir } = await pages(args.events, origin);
  const server = await startServer(files, args.port);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const times = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
  try {
    // Warm the browser process (not the cache: every load gets a new context) so the first contender is not penalised.
    await loadOnce(browser, `${origin}/ours`);
    for (let round = 0; round < args.rounds; round++) {
      // Alternate the order each round so drift on a shared machine does not favour one contender.
      const order = round % 2 === 0 ? contenders : [...contenders].reverse();
      for (const c of order) times.get(c.name)!.push(await loadOnce(browser, `${origin}${c.page}`));
    }
  } finally {
    await browser.close();
    server.close();
    await rm(assetsDir, { recursive: true, force: true });
  }

  const size = (urls: string[], gz: boolean) => urls.reduce((n, u) => n + (gz ? gzipSync(files.get(u)!.body, { level: 9 }).length : files.get(u)!.body.length), 0);
  const ours = median(times.get(contenders[0].name)!);
  console.log(`Embed weight and cold-cache load to first render: ${args.events.toLocaleString('en')} events, Debian Chromium, median of ${args.rounds} alternating rounds`);
  console.log(`(the embed assets freshly built; every page and file served gzip-compressed from ${origin}; a new browser context per load)\n`);
  const header = ['', 'JS raw', 'JS gzip', 'CSS gzip', 'page+data gzip', 'first render', 'vs ours'];
  const rows = contenders.map((c) => {
    const t = median(times.get(c.name)!);
    return [c.name, kb(size(c.js, false)), kb(size(c.js, true)), c.css.length ? kb(size(c.css, true)) : 'inline', kb(size([c.page], true) + size(c.data, false)), `${Math.round(t)} ms`, `${(t / ours).toFixed(2)}x`];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  for (const row of [header, ...rows]) console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '));
  for (const c of contenders) console.log(`  ${c.name.padEnd(widths[0])}  all loads: ${times.get(c.name)!.map((t) => Math.round(t)).join(', ')} ms`);
  const ourJs = size(contenders[0].js, true);
  console.log(`\nBudget: JS ${kb(ourJs)} gzip of ${kb(BUDGET_GZIP_JS)} ${ourJs <= BUDGET_GZIP_JS ? 'OK' : 'OVER'}; first render ${Math.round(ours)} ms of ${BUDGET_FIRST_RENDER_MS} ms ${ours < BUDGET_FIRST_RENDER_MS ? 'OK' : 'OVER'}`);
}

main().catch((error: unknown) => {
  console.error(`bench:embed failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
