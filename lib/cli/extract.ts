// Extract from text files and print JSON.
// npm run -s extract -- --timex-only [--dct YYYY-MM-DD] FILE
// npm run -s extract -- [--dct YYYY-MM-DD] FILE...            events; several files make one timeline
// npm run -s extract -- --jsonl [--threads N] [--stats] < in.jsonl > out.jsonl   one document per line, in order;
//   --stats prints one JSON line of counts, time and peak memory to standard error at the end
import { once } from 'node:events';
import { readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { extractEvents, type Extraction } from '../extract/extract-events';
import { errorLine, extractLine, type LineResult } from '../extract/extract-line';
import { eventJson, extractionJson } from '../extract/extraction-json';
import { mergeEvents } from '../extract/merge-events';
import { tagTimexes } from '../extract/tag-timexes';
import { WorkerPool } from '../extract/worker-pool';
import { jsonlLines } from './jsonl-lines';
import { spawnExtractWorker } from './spawn-extract-worker';
import { parseDay } from '../extract/timex/calendar';
import { DOCUMENT_MAX_CHARS } from '../model';

const USAGE =
  'usage: npm run -s extract -- [--timex-only] [--dct YYYY-MM-DD] FILE...\n       npm run -s extract -- --jsonl [--threads N] [--stats] < in.jsonl > out.jsonl';

class UsageError extends Error {}
/** A file that exists but is not text we can read; in events mode it is reported and the rest go on. */
class NotTextError extends UsageError {}

interface Args {
  mode: 'timex-only' | 'events' | 'jsonl';
  dct?: string;
  files: string[];
  threads: number;
  stats: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  let mode: Args['mode'] = 'events';
  let dct: string | undefined;
  let threads = Math.min(2, availableParallelism());
  let stats = false;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--timex-only') mode = 'timex-only';
    else if (arg === '--jsonl') mode = 'jsonl';
    else if (arg === '--stats') stats = true;
    else if (arg === '--threads') {
      const n = argv[++i] ?? '';
      if (!/^[1-9]\d{0,2}$/.test(n)) throw new UsageError(`--threads needs a whole number from 1 to 999, got ${JSON.stringify(n)}`);
      threads = Number(n);
    } else if (arg === '--dct') {
      dct = argv[++i];
      if (dct === undefined || !parseDay(dct)) throw new UsageError(`--dct needs a real calendar day YYYY-MM-DD, got ${JSON.stringify(dct ?? '')}`);
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else files.push(arg);
  }
  if (mode === 'jsonl' && files.length) throw new UsageError(`--jsonl reads standard input, not files. ${USAGE}`);
  if (mode === 'timex-only' && files.length !== 1) throw new UsageError(`expected one FILE, got ${files.length}. ${USAGE}`);
  if (mode === 'events' && files.length === 0) throw new UsageError(`expected at least one FILE. ${USAGE}`);
  if (stats && mode !== 'jsonl') throw new UsageError(`--stats goes with --jsonl. ${USAGE}`);
  return { mode, dct, files, threads, stats };
}

/** The file as text; binary or non-UTF-8 content is refused rather than tagged as garbage. */
function readText(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (code ?? 'unreadable')}`);
  }
  if (bytes.includes(0)) throw new NotTextError(`${file} looks binary (contains NUL bytes)`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new NotTextError(`${file} is not valid UTF-8 text`);
  }
  if (text.length > DOCUMENT_MAX_CHARS) throw new NotTextError(`${file} is too long (${text.length} characters, limit ${DOCUMENT_MAX_CHARS})`);
  return text.replace(/\r\n?/g, '\n');
}

/** A document id from a file name: `data/articles/royal-article.txt` -> `royal-article`. */
function documentId(file: string): string {
  return basename(file).replace(/\.[^.]+$/, '').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '').slice(0, 120) || 'document';
}

type FileResult = (Extraction & { id: string }) | { id: string; error: string };

/** Reads and extracts one file; a file that is not text gives `{"id","error"}`, a missing one stops the run. */
function extractFile(file: string, dct: string | undefined): FileResult {
  const id = documentId(file);
  try {
    return { id, ...extractEvents({ id, text: readText(file), dct }) };
  } catch (error) {
    if (error instanceof NotTextError) return { id, error: error.message };
    throw error;
  }
}

/**
 * Events of one or more files, merged across them as one timeline. One file prints
 * `{"dct","timexes","events"}`; several print `{"documents":[{"id","dct","timexes"} or {"id","error"}],"events"}`.
 */
function extractFiles(files: string[], dct: string | undefined): { json: object; failed: boolean } {
  for (const file of files) readable(file);
  const results = files.map((file) => extractFile(file, dct));
  const failed = results.some((r) => 'error' in r);
  if (results.length === 1) return { json: 'error' in results[0] ? results[0] : extractionJson(results[0]), failed };
  return {
    json: {
      documents: results.map((r) => ('error' in r ? r : { id: r.id, dct: r.dct, timexes: r.timexes })),
      events: mergeEvents(results.flatMap((r) => ('error' in r ? [] : r.events))).map(eventJson),
    },
    failed,
  };
}

/** Stops before any work when a file is missing or is not a file. */
function readable(file: string): void {
  try {
    if (!statSync(file).isFile()) throw new UsageError(`cannot read ${file}: not a file`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : (code ?? 'unreadable')}`);
  }
}

async function write(line: string): Promise<void> {
  if (!process.stdout.write(line + '\n')) await once(process.stdout, 'drain');
}

/**
 * `--jsonl`: one result line per input line, in input order, with at most two lines per thread in
 * flight, so that reading waits for extraction and writing (memory stays flat on any input size).
 */
async function extractJsonl(threads: number, stats: boolean): Promise<void> {
  const started = performance.now();
  const pool = threads > 1 ? new WorkerPool<{ line: string; fallbackId: string }, LineResult>(spawnExtractWorker, threads) : null;
  const failed = (id: string) => (error: unknown) => errorLine(id, error instanceof Error ? error.message : String(error));
  const pending: Promise<LineResult>[] = [];
  const counts = { documents: 0, errors: 0, events: 0 };
  const output = async (result: LineResult) => {
    counts.documents += 1;
    counts.errors += Number(result.failed);
    counts.events += result.events;
    await write(result.json);
  };
  const input = process.stdin;
  try {
    for await (const line of jsonlLines(input)) {
      const fallbackId = `line-${line.number}`;
      if ('error' in line) pending.push(Promise.resolve(errorLine(fallbackId, line.error)));
      else if (pool) pending.push(pool.run({ line: line.text, fallbackId }).catch(failed(fallbackId)));
      else pending.push(Promise.resolve().then(() => extractLine(line.text, fallbackId)).catch(failed(fallbackId)));
      while (pending.length >= threads * 2) await output(await pending.shift()!);
    }
    while (pending.length) await output(await pending.shift()!);
  } finally {
    await pool?.close();
  }
  if (stats) {
    // maxRSS is the kernel's high-water mark for the whole process, worker threads included.
    // CPU time counts every thread, so cpuSeconds / seconds is how many cores the run kept busy.
    const { userCPUTime, systemCPUTime, maxRSS } = process.resourceUsage();
    const usage = {
      ...counts,
      bytes: input.bytesRead,
      seconds: (performance.now() - started) / 1000,
      cpuSeconds: (userCPUTime + systemCPUTime) / 1e6,
      threads,
      peakRssBytes: maxRSS * 1024,
    };
    process.stderr.write(JSON.stringify(usage) + '\n');
  }
}

async function main(argv: readonly string[]): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.mode === 'jsonl') {
      await extractJsonl(args.threads, args.stats);
      return 0;
    }
    if (args.mode === 'events') {
      const { json, failed } = extractFiles(args.files, args.dct);
      process.stdout.write(JSON.stringify(json, null, 2) + '\n');
      return failed ? 1 : 0;
    }
    const text = readText(args.files[0]);
    process.stdout.write(JSON.stringify(tagTimexes(text, { dct: args.dct }), null, 2) + '\n');
    return 0;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`extract: ${error.message}\n`);
    return 2;
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
