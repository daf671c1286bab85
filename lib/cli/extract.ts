// Extract from text files and print JSON.
// npm run -s extract -- --timex-only [--dct YYYY-MM-DD] FILE
// npm run -s extract -- [--dct YYYY-MM-DD] FILE...            events; several files make one timeline
// npm run -s extract -- --jsonl [--threads N] [--stats] < in.jsonl > out.jsonl   one document per line, in order;
//   --stats prints one JSON line of counts, time and peak memory to standard error at the end
import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import { errorLine, type LineResult, type LineTask } from '../extract/line-result';
import { WorkerPool } from '../extract/worker-pool';
import { parseDay } from '../extract/timex/calendar';
import { jsonlLines } from './jsonl-lines';
import { spawnExtractWorker } from './spawn-extract-worker';
import { parseCliArgs, wholeNumber } from './parse-cli-args';
import { ArgumentError, reportUsageError } from './usage-error';

const USAGE = 'usage: npm run -s extract -- [--timex-only] [--dct YYYY-MM-DD] FILE... | --jsonl [--threads N] [--stats] < in.jsonl > out.jsonl';

interface Args {
  mode: 'timex-only' | 'events' | 'jsonl';
  dct?: string;
  files: string[];
  threads: number;
  stats: boolean;
}

function readArgs(argv: string[]): Args {
  const { values, positionals: files } = parseCliArgs({
    args: argv,
    allowPositionals: true,
    options: { 'timex-only': { type: 'boolean' }, jsonl: { type: 'boolean' }, stats: { type: 'boolean', default: false }, threads: { type: 'string' }, dct: { type: 'string' } },
  });
  if (values.jsonl && values['timex-only']) throw new ArgumentError('--jsonl and --timex-only do not go together');
  const mode = values.jsonl ? 'jsonl' : values['timex-only'] ? 'timex-only' : 'events';
  const threads = values.threads === undefined ? Math.min(2, availableParallelism()) : wholeNumber('--threads', values.threads, 1, 999);
  const { dct, stats } = values;
  if (dct !== undefined && !parseDay(dct)) throw new ArgumentError(`--dct needs a real calendar day YYYY-MM-DD, got ${JSON.stringify(dct)}`);
  if (mode === 'jsonl' && files.length) throw new ArgumentError('--jsonl reads standard input, not files');
  if (mode === 'timex-only' && files.length !== 1) throw new ArgumentError(`expected one FILE, got ${files.length}`);
  if (mode === 'events' && files.length === 0) throw new ArgumentError('expected at least one FILE');
  if (stats && mode !== 'jsonl') throw new ArgumentError('--stats goes with --jsonl');
  return { mode, dct, files, threads, stats };
}

async function write(line: string): Promise<void> {
  if (!process.stdout.write(line + '\n')) await once(process.stdout, 'drain');
}

/**
 * Lines read but not yet written, per thread. Output keeps input order, so while one worker is on a long
 * document the others can only work ahead this far. On the TBAQ stream two per thread lost about 1% to
 * such waits (simulated with cost by length); eight lose none, and a line is small next to a worker's heap.
 */
const IN_FLIGHT_PER_THREAD = 8;
/** Input held in flight at most (UTF-16 units), so that a stream of huge documents still runs in flat memory. */
const IN_FLIGHT_CHARS = 16 * 2 ** 20;
/** Run once on each thread before the clock starts, so that loading the code is start-up, not throughput. */
const WARM_UP: LineTask = { line: JSON.stringify({ id: 'warm-up', text: 'The bridge opened on 3 May 2021.', dct: '2021-06-01' }), fallbackId: 'warm-up' };

interface LineExtractor {
  run(task: LineTask): Promise<LineResult>;
  close(): Promise<void>;
}

/** The extractor, loaded and warmed: on this thread, or on a pool (when the main thread never loads it). */
async function startExtractor(threads: number): Promise<LineExtractor> {
  if (threads === 1) {
    const { extractLine } = await import('../extract/extract-line');
    extractLine(WARM_UP);
    return { run: async (task) => extractLine(task), close: async () => {} };
  }
  // One line sent ahead to each worker: it starts its next document the moment it posts a result.
  const pool = new WorkerPool<LineTask, LineResult>(spawnExtractWorker, { size: threads, prefetch: 1 });
  await pool.warm(WARM_UP);
  return { run: (task) => pool.run(task), close: () => pool.close() };
}

/** `--jsonl`: one result line per input line, in input order; reading waits for extraction and writing. */
async function extractJsonl(threads: number, stats: boolean): Promise<void> {
  const begun = performance.now();
  const extractor = await startExtractor(threads);
  const started = performance.now();
  const failed = (id: string) => (error: unknown) => errorLine(id, error instanceof Error ? error.message : String(error));
  const pending: { result: Promise<LineResult>; chars: number }[] = [];
  let inFlight = 0;
  const counts = { documents: 0, errors: 0, events: 0 };
  const outputFirst = async () => {
    const { result, chars } = pending.shift()!;
    inFlight -= chars;
    const line = await result;
    counts.documents += 1;
    counts.errors += Number(line.failed);
    counts.events += line.events;
    await write(line.json);
  };
  const input = process.stdin;
  try {
    for await (const line of jsonlLines(input)) {
      const fallbackId = `line-${line.number}`;
      if ('error' in line) pending.push({ result: Promise.resolve(errorLine(fallbackId, line.error)), chars: 0 });
      else pending.push({ result: extractor.run({ line: line.text, fallbackId }).catch(failed(fallbackId)), chars: line.text.length });
      inFlight += pending[pending.length - 1].chars;
      while (pending.length >= threads * IN_FLIGHT_PER_THREAD || inFlight > IN_FLIGHT_CHARS) await outputFirst();
    }
    while (pending.length) await outputFirst();
  } finally {
    await extractor.close();
  }
  if (stats) {
    // maxRSS is the kernel's high-water mark for the whole process, worker threads included.
    // CPU time counts every thread (and start-up), so cpuSeconds / (startupSeconds + seconds) is how many cores the run kept busy.
    const { userCPUTime, systemCPUTime, maxRSS } = process.resourceUsage();
    const usage = {
      ...counts,
      bytes: input.bytesRead,
      startupSeconds: (started - begun) / 1000,
      seconds: (performance.now() - started) / 1000,
      cpuSeconds: (userCPUTime + systemCPUTime) / 1e6,
      threads,
      peakRssBytes: maxRSS * 1024,
    };
    process.stderr.write(JSON.stringify(usage) + '\n');
  }
}

async function main(argv: string[]): Promise<number> {
  try {
    const args = readArgs(argv);
    if (args.mode === 'jsonl') {
      await extractJsonl(args.threads, args.stats);
      return 0;
    }
    // Loaded here, not at the top, so that a pooled --jsonl run keeps the extractor out of the main thread.
    const { extractFiles, timexesOfFile } = await import('./extract-files');
    if (args.mode === 'events') {
      const { json, failed } = extractFiles(args.files, args.dct);
      process.stdout.write(JSON.stringify(json, null, 2) + '\n');
      return failed ? 1 : 0;
    }
    process.stdout.write(JSON.stringify(timexesOfFile(args.files[0], args.dct), null, 2) + '\n');
    return 0;
  } catch (error) {
    return reportUsageError(error, 'extract', USAGE);
  }
}

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
