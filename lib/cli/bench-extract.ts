// Extraction throughput and memory on the TBAQ texts: our tagger against chrono-node, and any row
// added to EXTRACT_WORKLOADS; then the event pipeline as a JSONL stream (--stream-mb 0 skips it).
// npm run bench:extract -- [DIR|FILE.tml ...] [--rounds N] [--no-memory] [--stream-mb N] [--scaling-mb N]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTRACT_EVENTS_ONE_THREAD, EXTRACT_EVENTS_POOL, EXTRACT_WORKLOADS, type BenchCorpus, type WorkloadRun } from '../eval/extract-workloads';
import { DEFAULT_CORPUS, findTimemlPaths, loadTimemlFiles } from '../eval/load-corpus';
import { benchEventStream, SCALING_MB } from '../eval/event-stream-bench';
import { median, megabytesPerSecond, timeAlternately } from '../eval/measure-throughput';
import { parseCliArgs, wholeNumber } from './parse-cli-args';
import { argsOrExit } from './usage-error';

const USAGE = 'usage: npm run bench:extract -- [DIR|FILE.tml ...] [--rounds N] [--no-memory] [--stream-mb N] [--scaling-mb N]';
/** Size of the generated JSONL stream whose peak memory is measured. */
const DEFAULT_STREAM_MB = 100;
const WARMUPS = 2;
const DEFAULT_ROUNDS = 7;
/** Internal: run one workload once in this (child) process, on a corpus saved as JSON, and print its memory as JSON. */
const MEMORY_CHILD = '--memory-of';
const CHILD_TIMEOUT_MS = 10 * 60 * 1000;

interface Args {
  paths: string[];
  rounds: number;
  memory: boolean;
  streamMb: number;
  /** Size of the stream the 1-core vs 2-core comparison runs on. */
  scalingMb: number;
  memoryOf?: { workload: string; corpusJson: string };
}

/** The arguments, or null for `--help`. */
function readArgs(argv: string[]): Args | null {
  const { values, positionals } = parseCliArgs({
    args: argv,
    allowPositionals: true,
    options: {
      rounds: { type: 'string', default: String(DEFAULT_ROUNDS) },
      'stream-mb': { type: 'string', default: String(DEFAULT_STREAM_MB) },
      'scaling-mb': { type: 'string', default: String(SCALING_MB) },
      'no-memory': { type: 'boolean', default: false },
      'memory-of': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return null;
  return {
    paths: positionals.length ? positionals : [DEFAULT_CORPUS],
    rounds: wholeNumber('--rounds', values.rounds),
    memory: !values['no-memory'],
    streamMb: wholeNumber('--stream-mb', values['stream-mb'], 0, 10_000),
    scalingMb: wholeNumber('--scaling-mb', values['scaling-mb'], 1, 10_000),
    // The child is called as `--memory-of WORKLOAD CORPUS_JSON` (MEMORY_CHILD): the corpus is its one positional.
    memoryOf: values['memory-of'] === undefined ? undefined : { workload: values['memory-of'], corpusJson: positionals[0] },
  };
}

function loadBenchCorpus(paths: readonly string[]): BenchCorpus {
  const files = loadTimemlFiles(findTimemlPaths(paths));
  const documents = files.map((f) => ({ text: f.doc.text, dct: f.doc.dct }));
  return { text: documents.map((d) => d.text).join('\n\n'), dct: documents[0].dct, documents };
}

interface LoadedWorkload {
  name: string;
  comparedTo: string;
  run: WorkloadRun;
}

async function loadWorkloads(): Promise<{ loaded: LoadedWorkload[]; skipped: string[] }> {
  const loaded: LoadedWorkload[] = [];
  const skipped: string[] = [];
  for (const workload of EXTRACT_WORKLOADS) {
    const run = await workload.load();
    if (typeof run === 'function') loaded.push({ name: workload.name, comparedTo: workload.comparedTo, run });
    else skipped.push(`${workload.name}: ${run.missing}`);
  }
  return { loaded, skipped };
}

interface MemoryFigures {
  rssBefore: number;
  peakRss: number;
  heapUsedAfter: number;
  heapCommittedAfter: number;
}

/** In a fresh child: one pass of one workload, after the corpus is loaded and the heap collected. */
async function measureMemoryHere(name: string, corpus: BenchCorpus): Promise<MemoryFigures> {
  // Only this workload's code is loaded, so that the figures are its own.
  const workload = EXTRACT_WORKLOADS.find((w) => w.name === name);
  if (!workload) throw new Error(`no workload named ${JSON.stringify(name)}`);
  const run = await workload.load();
  if (typeof run !== 'function') throw new Error(run.missing);
  (globalThis as { gc?: () => void }).gc?.();
  const rssBefore = process.memoryUsage().rss;
  await run(corpus);
  const after = process.memoryUsage();
  // maxRSS is the kernel's high-water mark (in KiB), so it catches the peak inside the run. V8 keeps
  // no heap high-water mark; the committed heap after the run is what it had to grow to.
  return { rssBefore, peakRss: process.resourceUsage().maxRSS * 1024, heapUsedAfter: after.heapUsed, heapCommittedAfter: after.heapTotal };
}

// The child reads the corpus from JSON rather than parsing the TimeML again, so that its memory
// before the run is little more than the code and the text.
function measureMemoryInChild(name: string, corpusJson: string): MemoryFigures | string {
  const child = spawnSync(process.execPath, [...process.execArgv, '--expose-gc', __filename, MEMORY_CHILD, name, corpusJson], {
    encoding: 'utf8',
    timeout: CHILD_TIMEOUT_MS,
  });
  if (child.status !== 0) return `child failed (${child.error?.message ?? `exit ${child.status ?? child.signal}`}): ${child.stderr.trim().split('\n').pop() ?? ''}`;
  return JSON.parse(child.stdout) as MemoryFigures;
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

async function main(argv: string[]): Promise<number> {
  const read = argsOrExit(() => readArgs(argv), 'bench:extract', USAGE);
  if ('exit' in read) return read.exit;
  const { args } = read;
  if (args.memoryOf) {
    const corpus = JSON.parse(readFileSync(args.memoryOf.corpusJson, 'utf8')) as BenchCorpus;
    process.stdout.write(JSON.stringify(await measureMemoryHere(args.memoryOf.workload, corpus)));
    return 0;
  }
  const corpus = loadBenchCorpus(args.paths);

  const bytes = Buffer.byteLength(corpus.text, 'utf8');
  const { loaded, skipped } = await loadWorkloads();
  console.log(
    `Extraction benchmark: ${corpus.documents.length} documents joined into one text of ${(bytes / 1e6).toFixed(3)} MB (UTF-8), DCT ${corpus.dct}; ` +
      `${WARMUPS} warm-ups, then ${args.rounds} rounds taking turns.`,
  );
  for (const line of skipped) console.log(`Skipped ${line}`);

  const found = new Map<string, number>();
  const runners = loaded.map((w) => ({
    name: w.name,
    run: async () => found.set(w.name, await w.run(corpus)),
  }));
  const times = await timeAlternately(runners, args.rounds, WARMUPS);

  const nameWidth = Math.max(24, ...loaded.map((w) => w.name.length));
  console.log(
    `\n${'workload'.padEnd(nameWidth)}  ${'found'.padStart(6)}  ${'best ms'.padStart(9)}  ${'median ms'.padStart(9)}  ` +
      `${'MB/s best'.padStart(9)}  ${'MB/s median'.padStart(11)}  MB/s ÷ chrono's (median, best)`,
  );
  for (const { name, comparedTo } of loaded) {
    const ms = times.get(name)!;
    const baseline = times.get(comparedTo);
    const ratio = baseline ? `${(median(baseline) / median(ms)).toFixed(2)}×, ${(Math.min(...baseline) / Math.min(...ms)).toFixed(2)}×` : 'n/a';
    console.log(
      `${name.padEnd(nameWidth)}  ${String(found.get(name) ?? '').padStart(6)}  ${Math.min(...ms).toFixed(1).padStart(9)}  ${median(ms).toFixed(1).padStart(9)}  ` +
        `${megabytesPerSecond(bytes, Math.min(...ms)).toFixed(3).padStart(9)}  ${megabytesPerSecond(bytes, median(ms)).toFixed(3).padStart(11)}  ${ratio}`,
    );
  }
  console.log("(Each row's throughput divided by chrono-node's on the same input: above 1 is faster.)");
  const [one, pool] = [times.get(EXTRACT_EVENTS_ONE_THREAD), times.get(EXTRACT_EVENTS_POOL)];
  if (one && pool) {
    console.log(
      `extractEvents on the 2-thread pool ÷ on 1 thread, warm, same rounds: ${(median(one) / median(pool)).toFixed(2)}× (median), ` +
        `${(Math.min(...one) / Math.min(...pool)).toFixed(2)}× (best); load average now ${loadavg().map((l) => l.toFixed(2)).join(' ')}.`,
    );
  }

  if (args.streamMb > 0) await benchEventStream(corpus.documents, args.streamMb, args.scalingMb);

  if (!args.memory) return 0;
  console.log(`\nMemory: each workload alone in a fresh process, one pass after loading the corpus.`);
  console.log(`${'workload'.padEnd(nameWidth)}  ${'RSS before'.padStart(11)}  ${'peak RSS'.padStart(11)}  ${'growth'.padStart(11)}  ${'heap used'.padStart(11)}  ${'heap committed'.padStart(14)}`);
  const folder = mkdtempSync(join(tmpdir(), 'bench-extract-'));
  try {
    const corpusJson = join(folder, 'corpus.json');
    writeFileSync(corpusJson, JSON.stringify(corpus));
    for (const { name } of loaded) {
      const m = measureMemoryInChild(name, corpusJson);
      if (typeof m === 'string') {
        console.log(`${name.padEnd(nameWidth)}  ${m}`);
        continue;
      }
      console.log(
        `${name.padEnd(nameWidth)}  ${mb(m.rssBefore).padStart(11)}  ${mb(m.peakRss).padStart(11)}  ${mb(m.peakRss - m.rssBefore).padStart(11)}  ` +
          `${mb(m.heapUsedAfter).padStart(11)}  ${mb(m.heapCommittedAfter).padStart(14)}`,
      );
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`bench:extract: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
