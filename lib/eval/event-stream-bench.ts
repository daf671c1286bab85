import { spawn, spawnSync } from 'node:child_process';
import { closeSync, createWriteStream, mkdtempSync, openSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchDocument } from './extract-workloads';
import { cpuScaling } from './cpu-scaling';
import { median } from './measure-throughput';

/** What `extract --jsonl --stats` reports on standard error when it ends. */
interface StreamStats {
  documents: number;
  errors: number;
  events: number;
  bytes: number;
  /** Loading the extractor and warming it (every worker, on the pool), before the first line is read. */
  startupSeconds: number;
  /** From the first line read to the last written. */
  seconds: number;
  cpuSeconds: number;
  threads: number;
  peakRssBytes: number;
}

const EXTRACT_CLI = join(__dirname, '..', 'cli', 'extract.ts');
/**
 * The default stream for the 1-thread vs 2-thread comparison. Each worker is a separate V8 isolate that
 * warms up its own JIT (about 2.5 CPU seconds per thread), so a short stream charges the pool twice for
 * that: on 4 MB it is about a fifth of the pool's run. `--scaling-mb` measures on a longer stream, nearer
 * the steady state of an archive.
 */
export const SCALING_MB = 4;
/** Runs of each, alternating 1, 2, 2, 1, 1, 2, so that a noisy spell on the shared machine falls on both. */
const SCALING_RUNS = 3;

/** Writes documents, over and over with fresh ids, as JSONL of about `megabytes` MB; returns how many lines. */
async function writeJsonl(file: string, documents: BenchDocument[], megabytes: number): Promise<number> {
  const out = createWriteStream(file);
  let bytes = 0;
  let lines = 0;
  while (bytes < megabytes * 1e6) {
    const d = documents[lines % documents.length];
    const line = JSON.stringify({ id: `doc-${lines}`, text: d.text, dct: d.dct }) + '\n';
    bytes += Buffer.byteLength(line);
    lines += 1;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return lines;
}

/** Runs the CLI on a JSONL file in a fresh process, output thrown away, and returns its own figures. */
async function runCli(file: string, threads: number, oneCore = false): Promise<StreamStats> {
  const input = openSync(file, 'r');
  try {
    const command = [process.execPath, '--import', 'tsx', EXTRACT_CLI, '--jsonl', '--stats', '--threads', String(threads)];
    // "One core" is one core: V8's collector and compiler threads would otherwise borrow the idle second one.
    const [program, ...args] = oneCore ? ['taskset', '-c', '0', ...command] : command;
    const child = spawn(program, args, { stdio: [input, 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const [code] = (await once(child, 'close')) as [number | null];
    const last = stderr.trim().split('\n').pop() ?? '';
    if (code !== 0 || !last.startsWith('{')) throw new Error(`extract --jsonl exited with ${code}: ${last}`);
    return JSON.parse(last) as StreamStats;
  } finally {
    closeSync(input);
  }
}

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

const HEADER =
  `${'run'.padEnd(34)}  ${'MB'.padStart(7)}  ${'docs'.padStart(6)}  ${'events'.padStart(7)}  ${'start s'.padStart(7)}  ${'seconds'.padStart(8)}  ` +
  `${'cores busy'.padStart(10)}  ${'MB/s'.padStart(6)}  ${'events/s'.padStart(8)}  ${'peak RSS'.padStart(9)}`;

function row(label: string, s: StreamStats): string {
  return (
    `${label.padEnd(34)}  ${(s.bytes / 1e6).toFixed(1).padStart(7)}  ${String(s.documents).padStart(6)}  ${String(s.events).padStart(7)}  ` +
    `${s.startupSeconds.toFixed(1).padStart(7)}  ${s.seconds.toFixed(1).padStart(8)}  ${(s.cpuSeconds / (s.startupSeconds + s.seconds)).toFixed(2).padStart(10)}  ` +
    `${(s.bytes / 1e6 / s.seconds).toFixed(3).padStart(6)}  ${(s.events / s.seconds).toFixed(0).padStart(8)}  ${mib(s.peakRssBytes).padStart(9)}`
  );
}

function hasTaskset(): boolean {
  return spawnSync('taskset', ['-c', '0', 'true']).status === 0;
}

const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
const eventsPerSecond = (s: StreamStats) => s.events / s.seconds;

/**
 * `extract --jsonl` end to end: the same stream on one thread and on the 2-thread pool, alternating,
 * SCALING_RUNS times each in fresh processes, medians compared; then peak memory on a stream of
 * `megabytes` MB on the pool, and that stream again on one core for the scaling over a long run. Throughput is timed after start-up, which is shown apart. Streams are
 * generated from the corpus into the system's temporary folder and deleted afterwards.
 */
export async function benchEventStream(documents: BenchDocument[], megabytes: number, scalingMb = SCALING_MB): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'bench-event-stream-'));
  try {
    const small = join(folder, 'scaling.jsonl');
    await writeJsonl(small, documents, Math.min(scalingMb, megabytes));
    console.log(`\nEvent pipeline as a stream: npm run extract -- --jsonl, one fresh process per run, output discarded.`);
    console.log(`Load average (1, 5, 15 min) before: ${load()} on ${availableParallelism()} cores; the pool can only scale as far as free cores let it.`);
    console.log(HEADER);
    // The kinds of run compared: one thread pinned to one core (where taskset exists), one thread free to
    // use the idle core for V8's own threads, and the pool of two.
    const pin = hasTaskset();
    const kinds = [...(pin ? [{ label: '1 thread on 1 core (taskset)', threads: 1, oneCore: true }] : []), { label: '1 thread', threads: 1, oneCore: false }, { label: '2 threads (pool) on 2 cores', threads: 2, oneCore: false }];
    const runs = new Map<string, StreamStats[]>(kinds.map((k) => [k.label, []]));
    for (let i = 0; i < SCALING_RUNS; i++) {
      for (const kind of i % 2 ? [...kinds].reverse() : kinds) {
        const s = await runCli(small, kind.threads, kind.oneCore);
        runs.get(kind.label)!.push(s);
        console.log(row(`${kind.label}, run ${i + 1}`, s));
      }
    }
    console.log(`Load average after: ${load()}.`);
    const rate = (label: string) => median(runs.get(label)!.map(eventsPerSecond));
    const cpuPerMb = (label: string) => median(runs.get(label)!.map((s) => s.cpuSeconds / (s.bytes / 1e6))).toFixed(1);
    const pool = rate(kinds[kinds.length - 1].label);
    for (const kind of kinds.slice(0, -1)) {
      console.log(`Median events/s: ${rate(kind.label).toFixed(0)} (${kind.label}) vs ${pool.toFixed(0)} on the pool: ${(pool / rate(kind.label)).toFixed(2)}×; CPU s/MB ${cpuPerMb(kind.label)} vs ${cpuPerMb(kinds[kinds.length - 1].label)}.`);
    }
    console.log(
      pin
        ? `Scaling from one core to two: ${(pool / rate(kinds[0].label)).toFixed(2)}× events/s (median of ${SCALING_RUNS} runs each; target at least 1.7×).`
        : `Scaling from one core to two: not measured (no taskset to pin a run to one core); 1 thread to 2: ${(pool / rate('1 thread')).toFixed(2)}×.`,
    );
    const ceiling = await cpuScaling();
    const scaling = pool / rate(kinds[0].label);
    console.log(`Peer: a plain CPU job scales ${ceiling.toFixed(2)}× from 1 thread to 2 on this machine now; the pool reaches ${((100 * scaling) / ceiling).toFixed(0)}% of that.`);

    if (megabytes > scalingMb) {
      const big = join(folder, 'stream.jsonl');
      await writeJsonl(big, documents, megabytes);
      const s = await runCli(big, 2);
      console.log(row(`2 threads (pool), ${megabytes} MB stream`, s));
      console.log(`Peak RSS on the ${megabytes} MB stream: ${mib(s.peakRssBytes)} (target under 500 MB).`);
      // The short runs above charge each worker's JIT warm-up to throughput; over a whole archive that
      // cost fades, so the same stream on one core gives the scaling an archive run sees.
      if (pin) {
        const one = await runCli(big, 1, true);
        console.log(row(`1 thread on 1 core, ${megabytes} MB stream`, one));
        console.log(
          `Scaling from one core to two on the ${megabytes} MB stream: ${(eventsPerSecond(s) / eventsPerSecond(one)).toFixed(2)}× events/s ` +
            `(target at least 1.7×); load average now ${load()}.`,
        );
      }
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

