import { parentPort, Worker } from 'node:worker_threads';

/** What a pool worker posts back for each task it is given. */
export type WorkerReply<O> = { ok: true; output: O } | { ok: false; error: string };

/** The queue was full, or a task's deadline passed before a worker was free for it. */
export class PoolBusyError extends Error {}
/** A task's deadline passed while a worker was on it; that worker was stopped. */
export class DeadlineError extends Error {}

export interface PoolOptions {
  /** How many workers run at once; they are started as tasks arrive. */
  size: number;
  /** Tasks that may wait for a worker; beyond this `run` rejects at once with PoolBusyError. */
  maxQueue?: number;
}

interface Task<I, O> {
  input: I;
  resolve(output: O): void;
  reject(error: Error): void;
  timer?: NodeJS.Timeout;
}

/** Workers that die in a row before answering anything: the script itself is broken, so stop respawning. */
const MAX_FAILED_STARTS = 3;

/**
 * A fixed number of worker threads, each taking one task at a time in the order they were submitted.
 * Each worker answers every message with a `WorkerReply` (see `serveTasks`). A worker that dies fails
 * its task and is replaced, so one bad input cannot stop the rest; a task past its deadline has its
 * worker terminated, since only that stops a runaway regex.
 */
export class WorkerPool<I, O> {
  private readonly live = new Set<Worker>();
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Task<I, O>>();
  private readonly queue: Task<I, O>[] = [];
  private closed = false;
  private failedStarts = 0;
  private broken: Error | null = null;
  private readonly answered = new WeakSet<Worker>();
  private readonly size: number;
  private readonly maxQueue: number;

  constructor(
    private readonly createWorker: () => Worker,
    { size, maxQueue = Infinity }: PoolOptions,
  ) {
    this.size = Math.max(1, size);
    this.maxQueue = maxQueue;
  }

  /** `deadlineMs` is the task's whole budget, waiting for a worker (and a cold worker's start) included. */
  run(input: I, { deadlineMs }: { deadlineMs?: number } = {}): Promise<O> {
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    if (this.broken) return Promise.reject(this.broken);
    if (this.queue.length >= this.maxQueue) return Promise.reject(new PoolBusyError(`${this.queue.length} tasks are already waiting`));
    return new Promise<O>((resolve, reject) => {
      const task: Task<I, O> = { input, resolve, reject };
      if (deadlineMs !== undefined) task.timer = setTimeout(() => this.expire(task, deadlineMs), deadlineMs);
      this.queue.push(task);
      this.dispatch();
    });
  }

  /** Runs `input` once on every worker, starting them all: call it before any other task, so start-up is paid up front. */
  async warm(input: I): Promise<void> {
    await Promise.all(Array.from({ length: this.size }, () => this.run(input)));
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.live].map((w) => w.terminate()));
  }

  private spawn(): Worker {
    const worker = this.createWorker();
    this.live.add(worker);
    worker.on('message', (reply: WorkerReply<O>) => {
      const task = this.busy.get(worker);
      // A worker stopped at a deadline may still have posted its answer; nobody is waiting for it.
      if (!task) return;
      this.answered.add(worker);
      this.failedStarts = 0;
      this.busy.delete(worker);
      this.idle.push(worker);
      // Idle workers do not keep the process alive, so a caller that forgets close() still exits; busy ones do.
      worker.unref();
      clearTimeout(task.timer);
      if (reply.ok) task.resolve(reply.output);
      else task.reject(new Error(reply.error));
      this.dispatch();
    });
    worker.on('error', (error) => this.replace(worker, error));
    worker.on('exit', (code) => this.replace(worker, new Error(`worker exited with code ${code}`)));
    return worker;
  }

  /** Forgets a worker; its task, if any, is left to the caller. */
  private retire(worker: Worker): Task<I, O> | undefined {
    const task = this.busy.get(worker);
    this.live.delete(worker);
    this.busy.delete(worker);
    const at = this.idle.indexOf(worker);
    if (at >= 0) this.idle.splice(at, 1);
    return task;
  }

  private replace(worker: Worker, error: Error): void {
    if (!this.live.has(worker)) return;
    const task = this.retire(worker);
    if (task) {
      clearTimeout(task.timer);
      task.reject(error);
    }
    if (!this.answered.has(worker) && ++this.failedStarts >= MAX_FAILED_STARTS) {
      this.broken = new Error(`worker threads keep failing to start: ${error.message}`);
      for (const queued of this.queue.splice(0)) {
        clearTimeout(queued.timer);
        queued.reject(this.broken);
      }
      return;
    }
    this.dispatch();
  }

  private expire(task: Task<I, O>, deadlineMs: number): void {
    const queued = this.queue.indexOf(task);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
      task.reject(new PoolBusyError(`no worker was free within ${deadlineMs} ms`));
      return;
    }
    const worker = [...this.busy].find(([, t]) => t === task)?.[0];
    if (!worker) return;
    this.retire(worker);
    void worker.terminate();
    task.reject(new DeadlineError(`the task took longer than ${deadlineMs} ms and was stopped`));
    this.dispatch();
  }

  private dispatch(): void {
    if (this.closed || this.broken) return;
    while (this.queue.length) {
      if (!this.idle.length && this.live.size < this.size) this.idle.push(this.spawn());
      const worker = this.idle.pop();
      if (!worker) return;
      const task = this.queue.shift()!;
      this.busy.set(worker, task);
      worker.ref();
      worker.postMessage(task.input);
    }
  }
}

/**
 * The worker's side of a pool: answers each message with `handle`'s result, or with the error it threw,
 * so that a bad input fails its own task and the worker lives on.
 */
export function serveTasks<I, O>(handle: (input: I) => O): void {
  const port = parentPort;
  if (!port) throw new Error('serveTasks runs in a worker thread');
  port.on('message', (input: I) => {
    let reply: WorkerReply<O>;
    try {
      reply = { ok: true, output: handle(input) };
    } catch (error) {
      reply = { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
}
