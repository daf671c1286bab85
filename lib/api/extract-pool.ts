import { Worker } from 'node:worker_threads';
import path from 'node:path';
import { ApiError } from './api-error';
import type { Extraction } from '../extract/extract-events';
import type { ExtractJob, ExtractReply } from './extract-worker';

/** Extraction runs in worker threads so that one pathological text cannot stall the server's event loop. */
const WORKERS = Math.max(1, Number(process.env.TIMELINE_EXTRACT_WORKERS ?? 1));
/** A request gets this long in all, queueing included; then its worker is killed and it gets a 504. */
const DEADLINE_MS = Math.max(100, Number(process.env.TIMELINE_EXTRACT_TIMEOUT_MS ?? 15_000));
/** Beyond this many waiting requests, new ones get a 503 at once rather than waiting in a long line. */
const MAX_QUEUE = 16;

const WORKER_FILE = path.join(process.cwd(), 'lib', 'api', 'extract-worker.ts');
// The worker is TypeScript, loaded through tsx: the same source in jest, `next dev` and `next start`,
// without a separate build step (Next's bundle has no file a worker could be started from).
const BOOT = `require('tsx/cjs/api').require(${JSON.stringify(WORKER_FILE)}, ${JSON.stringify(WORKER_FILE)})`;

interface Job {
  id: number;
  input: ExtractJob['input'];
  resolve: (value: Extraction) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
  slot?: Slot;
}

interface Slot {
  worker: Worker;
  job: Job | null;
}

export class ExtractPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;

  /** `deadlineMs` is the request's whole budget, queueing and a cold worker's start included. */
  run(input: ExtractJob['input'], deadlineMs = DEADLINE_MS): Promise<Extraction> {
    if (this.queue.length >= MAX_QUEUE) {
      return Promise.reject(new ApiError(503, 'unavailable', 'the extractor is busy; try again shortly', undefined, { 'Retry-After': '5' }));
    }
    return new Promise((resolve, reject) => {
      const job: Job = { id: this.nextId++, input, resolve, reject, timer: setTimeout(() => this.expire(job, deadlineMs), deadlineMs) };
      this.queue.push(job);
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = this.idleSlot();
      if (!slot) return;
      const job = this.queue.shift()!;
      slot.job = job;
      job.slot = slot;
      slot.worker.postMessage({ id: job.id, input: job.input } satisfies ExtractJob);
    }
  }

  private idleSlot(): Slot | null {
    const idle = this.slots.find((s) => s.job === null);
    if (idle) return idle;
    if (this.slots.length >= WORKERS) return null;
    const slot = this.spawn();
    this.slots.push(slot);
    return slot;
  }

  private spawn(): Slot {
    const worker = new Worker(BOOT, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 512 } });
    const slot: Slot = { worker, job: null };
    worker.on('message', (reply: ExtractReply) => {
      const job = slot.job;
      if (!job || job.id !== reply.id) return;
      this.finish(slot, job);
      if (reply.ok) job.resolve(reply.result);
      else job.reject(new Error(`extraction failed: ${reply.message}`));
    });
    worker.on('error', (error) => this.replace(slot, error));
    worker.on('exit', (code) => this.replace(slot, new Error(`extraction worker exited with code ${code}`)));
    // Idle workers must not keep a CLI or a test process alive (after the listeners, which would ref it again).
    worker.unref();
    return slot;
  }

  private finish(slot: Slot, job: Job): void {
    clearTimeout(job.timer);
    slot.job = null;
    queueMicrotask(() => this.dispatch());
  }

  /** A worker that died (or was killed) fails its job and leaves its place to a fresh one. */
  private replace(slot: Slot, error: Error): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    this.slots.splice(index, 1);
    const job = slot.job;
    slot.job = null;
    if (job) {
      clearTimeout(job.timer);
      job.reject(error);
    }
    this.dispatch();
  }

  private expire(job: Job, deadlineMs: number): void {
    const queued = this.queue.indexOf(job);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
      job.reject(new ApiError(503, 'unavailable', 'the extractor is busy; try again shortly', undefined, { 'Retry-After': '5' }));
      return;
    }
    const slot = job.slot;
    if (!slot || slot.job !== job) return;
    // Only termination stops a runaway regex; the exit handler then starts a replacement on demand.
    this.slots.splice(this.slots.indexOf(slot), 1);
    slot.job = null;
    void slot.worker.terminate();
    job.reject(new ApiError(504, 'timeout', `extraction took longer than ${deadlineMs / 1000} s and was stopped`));
    this.dispatch();
  }
}

const POOL = Symbol.for('timeline.extractPool');
type WithPool = typeof globalThis & { [POOL]?: ExtractPool };

/** Runs the extractor on one document in a worker, within the deadline. */
export function extractInWorker(input: ExtractJob['input']): Promise<Extraction> {
  const scope = globalThis as WithPool;
  scope[POOL] ??= new ExtractPool();
  return scope[POOL].run(input);
}
