import type { LineResult, LineTask } from '../extract/line-result';
import { chronoParse } from './chrono-baseline';
import { loadTagger, type TagTimexes } from './load-tagger';

export interface BenchDocument {
  text: string;
  dct: string;
}

/** What every workload runs on: the corpus documents, and their texts joined into one with the first DCT. */
export interface BenchCorpus {
  text: string;
  dct: string;
  documents: BenchDocument[];
}

/** One pass over the corpus; returns how many things it found, so rows can be checked for comparable work. */
export type WorkloadRun = (corpus: BenchCorpus) => number | Promise<number>;

export interface Workload {
  name: string;
  /** The row this one's throughput is divided by: the same input, handled by plain chrono-node. */
  comparedTo: string;
  /** Loads what the workload needs, or says why it cannot run yet. */
  load(): Promise<WorkloadRun | { missing: string }>;
}

const CHRONO_JOINED = 'chrono-node casual.parse, joined';
const CHRONO_PER_DOCUMENT = 'chrono-node casual.parse, per doc';

const chronoRun = (text: string, dct: string) => chronoParse(text, dct).length;

async function tagTimexesRun(each: (tag: TagTimexes, corpus: BenchCorpus) => number) {
  const tagger = await loadTagger();
  return 'tagTimexes' in tagger ? (corpus: BenchCorpus) => each(tagger.tagTimexes, corpus) : tagger;
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/**
 * The rows of `npm run bench:extract`, timed alternately in one process.
 * Each input is timed twice: as one joined text (what the benchmark is specified on) and document
 * by document (what the app does, and fairer to chrono-node, which slows down on long texts).
 * To add a row (say extractEvents on one thread, and on a worker pool), append a workload whose
 * `load` imports the code and returns a function that runs it once over the corpus.
 */
export const EXTRACT_WORKLOADS: Workload[] = [
  {
    name: CHRONO_JOINED,
    comparedTo: CHRONO_JOINED,
    load: async () => (corpus) => chronoRun(corpus.text, corpus.dct),
  },
  {
    name: 'ours: tagTimexes, joined',
    comparedTo: CHRONO_JOINED,
    load: () => tagTimexesRun((tag, corpus) => tag(corpus.text, { dct: corpus.dct }).timexes.length),
  },
  {
    name: CHRONO_PER_DOCUMENT,
    comparedTo: CHRONO_PER_DOCUMENT,
    load: async () => (corpus) => sum(corpus.documents.map((d) => chronoRun(d.text, d.dct))),
  },
  {
    name: 'ours: tagTimexes, per doc',
    comparedTo: CHRONO_PER_DOCUMENT,
    load: () => tagTimexesRun((tag, corpus) => sum(corpus.documents.map((d) => tag(d.text, { dct: d.dct }).timexes.length))),
  },
];

export const EXTRACT_EVENTS_ONE_THREAD = 'ours: extractEvents, per doc, 1 thread';
export const EXTRACT_EVENTS_POOL = 'ours: extractEvents, per doc, 2-thread pool';

/** The corpus as `extract --jsonl` lines, so that both rows below do the same work: parse, extract, serialise. */
const jsonlTasks = (corpus: BenchCorpus): LineTask[] =>
  corpus.documents.map((d, i) => ({ line: JSON.stringify({ id: `doc-${i}`, text: d.text, dct: d.dct }), fallbackId: `doc-${i}` }));

/**
 * The full event pipeline (tag, anchor, headline, names, merge), document by document, on this thread
 * and on the 2-thread pool. Timed alternately after the warm-up rounds, their ratio is the pool's
 * scaling once every isolate's JIT is warm.
 */
EXTRACT_WORKLOADS.push(
  {
    name: EXTRACT_EVENTS_ONE_THREAD,
    comparedTo: CHRONO_PER_DOCUMENT,
    load: async () => {
      const { extractLine } = await import('../extract/extract-line');
      return (corpus) => sum(jsonlTasks(corpus).map((task) => extractLine(task).events));
    },
  },
  {
    // The pool is started (and its workers warmed) once, in load, as the CLI does once per run.
    name: EXTRACT_EVENTS_POOL,
    comparedTo: CHRONO_PER_DOCUMENT,
    load: async () => {
      const { WorkerPool } = await import('../extract/worker-pool');
      const { spawnExtractWorker } = await import('../cli/spawn-extract-worker');
      const pool = new WorkerPool<LineTask, LineResult>(spawnExtractWorker, { size: 2, prefetch: 1 });
      await pool.warm({ line: JSON.stringify({ id: 'warm', text: 'The bridge opened on 3 May 2021.', dct: '2021-06-01' }), fallbackId: 'warm' });
      return async (corpus) => sum((await Promise.all(jsonlTasks(corpus).map((task) => pool.run(task)))).map((r) => r.events));
    },
  },
);
