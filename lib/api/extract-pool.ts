import path from 'node:path';
import { ApiError } from './api-error';
import type { Extraction, ExtractInput } from '../extract/extract-events';
import { startTsWorker } from '../extract/ts-worker';
import { DeadlineError, PoolBusyError, WorkerPool } from '../extract/worker-pool';

/** Extraction runs in worker threads so that one pathological text cannot stall the server's event loop. */
const WORKERS = Math.max(1, Number(process.env.TIMELINE_EXTRACT_WORKERS ?? 1));
/** A request gets this long in all, queueing included; then its worker is killed and it gets a 504. */
const DEADLINE_MS = Math.max(100, Number(process.env.TIMELINE_EXTRACT_TIMEOUT_MS ?? 15_000));
/** Beyond this many waiting requests, new ones get a 503 at once rather than waiting in a long line. */
const MAX_QUEUE = 16;

// Next's bundle has no file a worker could be started from, so the worker is the TypeScript source,
// found from the project folder: the same file in jest, `next dev` and `next start`.
const WORKER_FILE = path.join(process.cwd(), 'lib', 'api', 'extract-worker.ts');

const busy = () => new ApiError(503, 'unavailable', 'the extractor is busy; try again shortly', undefined, { 'Retry-After': '5' });

/** The server's extraction workers: the shared worker pool, with its refusals and deadlines as API errors. */
export class ExtractPool {
  private readonly pool = new WorkerPool<ExtractInput, Extraction>(() => startTsWorker(WORKER_FILE, { maxOldGenerationSizeMb: 512 }), {
    size: WORKERS,
    maxQueue: MAX_QUEUE,
  });

  /** `deadlineMs` is the request's whole budget, queueing and a cold worker's start included. */
  async run(input: ExtractInput, deadlineMs = DEADLINE_MS): Promise<Extraction> {
    try {
      return await this.pool.run(input, { deadlineMs });
    } catch (error) {
      if (error instanceof PoolBusyError) throw busy();
      if (error instanceof DeadlineError) throw new ApiError(504, 'timeout', `extraction took longer than ${deadlineMs / 1000} s and was stopped`);
      throw new Error(`extraction failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

const POOL = Symbol.for('timeline.extractPool');
type WithPool = typeof globalThis & { [POOL]?: ExtractPool };

/** Runs the extractor on one document in a worker, within the deadline. */
export function extractInWorker(input: ExtractInput): Promise<Extraction> {
  const scope = globalThis as WithPool;
  scope[POOL] ??= new ExtractPool();
  return scope[POOL].run(input);
}
