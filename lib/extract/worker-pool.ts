import { Worker } from 'node:worker_threads';

interface Task<I, O> {
  input: I;
  resolve(output: O): void;
  reject(error: Error): void;
}

/** What a pool worker posts back for each task it is given. */
export type WorkerReply<O> = { ok: true; output: O } | { ok: false; error: string };

/** Workers that die in a row before answering anything: the script itself is broken, so stop respawning. */
const MAX_FAILED_STARTS = 3;

/**
 * A fixed set of worker threads, each taking one task at a time in the order they were submitted.
 * Each worker answers every message with a `WorkerReply`. A worker that dies fails its task and is
 * replaced, so one bad input cannot stop the rest.
 */
export class WorkerPool<I, O> {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Task<I, O>>();
  private readonly queue: Task<I, O>[] = [];
  private closed = false;
  private failedStarts = 0;
  private broken: Error | null = null;
  private readonly answered = new WeakSet<Worker>();

  constructor(
    private readonly createWorker: () => Worker,
    readonly size: number,
  ) {
    for (let i = 0; i < size; i++) this.idle.push(this.spawn());
  }

  run(input: I): Promise<O> {
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    if (this.broken) return Promise.reject(this.broken);
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ input, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.idle, ...this.busy.keys()].map((w) => w.terminate()));
  }

  private spawn(): Worker {
    const worker = this.createWorker();
    // Idle workers do not keep the process alive, so a caller that forgets close() still exits; busy ones do.
    worker.unref();
    worker.on('message', (reply: WorkerReply<O>) => {
      this.answered.add(worker);
      this.failedStarts = 0;
      const task = this.busy.get(worker);
      this.busy.delete(worker);
      this.idle.push(worker);
      worker.unref();
      if (task) {
        if (reply.ok) task.resolve(reply.output);
        else task.reject(new Error(reply.error));
      }
      this.dispatch();
    });
    worker.on('error', (error) => this.replace(worker, error));
    worker.on('exit', (code) => this.replace(worker, new Error(`worker exited with code ${code}`)));
    return worker;
  }

  private replace(worker: Worker, error: Error): void {
    const task = this.busy.get(worker);
    const wasIdle = this.idle.indexOf(worker);
    if (!task && wasIdle < 0) return;
    this.busy.delete(worker);
    if (wasIdle >= 0) this.idle.splice(wasIdle, 1);
    task?.reject(error);
    if (!this.answered.has(worker) && ++this.failedStarts >= MAX_FAILED_STARTS) {
      this.broken = new Error(`worker threads keep failing to start: ${error.message}`);
      for (const queued of this.queue.splice(0)) queued.reject(this.broken);
      return;
    }
    if (!this.closed) {
      this.idle.push(this.spawn());
      this.dispatch();
    }
  }

  private dispatch(): void {
    while (this.idle.length && this.queue.length) {
      const worker = this.idle.pop()!;
      const task = this.queue.shift()!;
      this.busy.set(worker, task);
      worker.ref();
      worker.postMessage(task.input);
    }
  }
}
