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
  /**
   * Tasks sent ahead to each busy worker, so that it starts the next as soon as it posts an answer
   * instead of idling until this thread has taken the answer and sent more: on two busy cores this
   * thread is not always running when a worker finishes. Only tasks without a deadline are sent ahead
   * (one sent cannot be taken back), and the worker must answer in order, as `serveTasks` does.
   */
  prefetch?: number;
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
  /** Each busy worker's tasks in the order sent: the first is running, the rest are sent ahead. */
  private readonly busy = new Map<Worker, Task<I, O>[]>();
  private readonly queue: Task<I, O>[] = [];
  private closed = false;
  private failedStarts = 0;
  private broken: Error | null = null;
  private readonly answered = new WeakSet<Worker>();
  private readonly size: number;
  private readonly maxQueue: number;
  private readonly prefetch: number;

  constructor(
    private readonly createWorker: () => Worker,
    { size, maxQueue = Infinity, prefetch = 0 }: PoolOptions,
  ) {
    this.size = Math.max(1, size);
    this.maxQueue = maxQueue;
    this.prefetch = Math.max(0, prefetch);
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
      const tasks = this.busy.get(worker);
      // A worker stopped at a deadline may still have posted its answer; nobody is waiting for it.
      if (!tasks) return;
      const task = tasks.shift()!;
      this.answered.add(worker);
      this.failedStarts = 0;
      if (!tasks.length) {
        this.busy.delete(worker);
        this.idle.push(worker);
        // Idle workers do not keep the process alive, so a caller that forgets close() still exits; busy ones do.
        worker.unref();
      }
      clearTimeout(task.timer);
      if (reply.ok) task.resolve(reply.output);
      else task.reject(new Error(reply.error));
      this.dispatch();
    });
    worker.on('error', (error) => this.replace(worker, error));
    worker.on('exit', (code) => this.replace(worker, new Error(`worker exited with code ${code}`)));
    return worker;
  }

  /**
   * Forgets a worker and returns its running task, if any, to the caller. The tasks sent ahead to it
   * never started, so they go back to the head of the queue (or fail, once the pool is closed).
   */
  private retire(worker: Worker): Task<I, O> | undefined {
    const [task, ...ahead] = this.busy.get(worker) ?? [];
    if (!this.closed) this.queue.unshift(...ahead);
    else for (const t of ahead) t.reject(new Error('the worker pool is closed'));
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
    // A task with a deadline is never sent ahead, so if it is on a worker it is the one running there.
    const worker = [...this.busy].find(([, tasks]) => tasks[0] === task)?.[0];
    if (!worker) return;
    this.retire(worker);
    void worker.terminate();
    task.reject(new DeadlineError(`the task took longer than ${deadlineMs} ms and was stopped`));
    this.dispatch();
  }

  /** The busy worker with the fewest tasks, if it may be sent the next one ahead. */
  private sendAheadTo(): Worker | undefined {
    if (this.queue[0].timer) return undefined;
    let least: [Worker, Task<I, O>[]] | undefined;
    for (const entry of this.busy) if (!least || entry[1].length < least[1].length) least = entry;
    return least && least[1].length <= this.prefetch ? least[0] : undefined;
  }

  private dispatch(): void {
    if (this.closed || this.broken) return;
    while (this.queue.length) {
      if (!this.idle.length && this.live.size < this.size) this.idle.push(this.spawn());
      const worker = this.idle.pop() ?? this.sendAheadTo();
      if (!worker) return;
      const task = this.queue.shift()!;
      const tasks = this.busy.get(worker);
      if (tasks) tasks.push(task);
      else this.busy.set(worker, [task]);
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
