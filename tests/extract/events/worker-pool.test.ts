import { EventEmitter } from 'node:events';
import { Worker } from 'node:worker_threads';
import { DeadlineError, PoolBusyError, WorkerPool } from '@/lib/extract/worker-pool';

/** A worker that doubles numbers, fails on "fail", dies on "crash", and never answers "hang". */
const doubler = () =>
  new Worker(
    `const { parentPort } = require('node:worker_threads');
     parentPort.on('message', (m) => {
       if (m === 'crash') process.exit(3);
       if (m === 'hang') for (;;);
       if (m === 'fail') return parentPort.postMessage({ ok: false, error: 'cannot double fail' });
       setTimeout(() => parentPort.postMessage({ ok: true, output: m * 2 }), (m % 3) * 5);
     });`,
    { eval: true },
  );

describe('WorkerPool(createWorker, size)', () => {
  test('runs tasks on all workers and answers each with its own result', async () => {
    const pool = new WorkerPool<number | string, number>(doubler, { size: 2 });
    try {
      const inputs = Array.from({ length: 20 }, (_, i) => i);
      expect(await Promise.all(inputs.map((i) => pool.run(i)))).toEqual(inputs.map((i) => i * 2));
    } finally {
      await pool.close();
    }
  });

  test('a failing task rejects alone, and a worker that dies is replaced', async () => {
    const pool = new WorkerPool<number | string, number>(doubler, { size: 2 });
    try {
      await expect(pool.run('fail')).rejects.toThrow('cannot double fail');
      await expect(pool.run('crash')).rejects.toThrow(/exited with code 3/);
      expect(await Promise.all([pool.run(5), pool.run(6), pool.run(7)])).toEqual([10, 12, 14]);
    } finally {
      await pool.close();
    }
  });

  test('a script that cannot start fails every task instead of respawning forever', async () => {
    const broken = () => new Worker('throw new Error("no such module")', { eval: true });
    const pool = new WorkerPool<number, number>(broken, { size: 2 });
    try {
      const results = await Promise.allSettled([pool.run(1), pool.run(2), pool.run(3), pool.run(4)]);
      expect(results.every((r) => r.status === 'rejected')).toBe(true);
      await expect(pool.run(5)).rejects.toThrow(/keep failing to start|no such module/);
    } finally {
      await pool.close();
    }
  });

  test('warm(input) starts every worker before the first real task', async () => {
    let started = 0;
    const pool = new WorkerPool<number | string, number>(() => (started++, doubler()), { size: 3 });
    try {
      await pool.warm(1);
      expect(started).toBe(3);
    } finally {
      await pool.close();
    }
  });

  test('a task past its deadline has its worker stopped, and the pool keeps serving', async () => {
    const pool = new WorkerPool<number | string, number>(doubler, { size: 1 });
    try {
      await pool.warm(0);
      const hung = pool.run('hang', { deadlineMs: 100 });
      const queued = pool.run(4, { deadlineMs: 50 });
      await expect(queued).rejects.toBeInstanceOf(PoolBusyError);
      await expect(hung).rejects.toBeInstanceOf(DeadlineError);
      expect(await pool.run(8, { deadlineMs: 30_000 })).toBe(16);
    } finally {
      await pool.close();
    }
  });

  test('refuses a task at once when maxQueue tasks are already waiting', async () => {
    const pool = new WorkerPool<number | string, number>(doubler, { size: 1, maxQueue: 1 });
    try {
      const running = pool.run(1);
      const waiting = pool.run(2);
      await expect(pool.run(3)).rejects.toBeInstanceOf(PoolBusyError);
      expect(await Promise.all([running, waiting])).toEqual([2, 4]);
    } finally {
      await pool.close();
    }
  });
});

/** A stand-in worker that records what it is sent and answers only when told to. */
class ScriptedWorker extends EventEmitter {
  readonly sent: unknown[] = [];
  postMessage(input: unknown) {
    this.sent.push(input);
  }
  answer(output: number) {
    this.emit('message', { ok: true, output });
  }
  ref() {}
  unref() {}
  terminate() {
    return Promise.resolve(0);
  }
}

function scriptedPool(options: { size: number; prefetch: number }) {
  const workers: ScriptedWorker[] = [];
  const pool = new WorkerPool<number, number>(() => {
    workers.push(new ScriptedWorker());
    return workers[workers.length - 1] as unknown as Worker;
  }, options);
  return { pool, workers };
}

describe('WorkerPool(createWorker, { prefetch })', () => {
  test('sends each busy worker its next task ahead, and the rest when it answers', async () => {
    const { pool, workers } = scriptedPool({ size: 2, prefetch: 1 });
    const results = [1, 2, 3, 4, 5].map((i) => pool.run(i));
    expect(workers.map((w) => w.sent)).toEqual([
      [1, 3],
      [2, 4],
    ]);
    workers[0].answer(10);
    expect(workers[0].sent).toEqual([1, 3, 5]);
    workers[1].answer(20);
    workers[0].answer(30);
    workers[1].answer(40);
    workers[0].answer(50);
    expect(await Promise.all(results)).toEqual([10, 20, 30, 40, 50]);
    await pool.close();
  });

  test('a task sent ahead to a worker that dies goes to its replacement', async () => {
    const { pool, workers } = scriptedPool({ size: 1, prefetch: 1 });
    const [first, second] = [pool.run(1), pool.run(2)];
    workers[0].emit('exit', 3);
    await expect(first).rejects.toThrow(/exited with code 3/);
    expect(workers[1].sent).toEqual([2]);
    workers[1].answer(4);
    expect(await second).toBe(4);
    await pool.close();
  });

  test('a task with a deadline waits for an idle worker rather than being sent ahead', async () => {
    const { pool, workers } = scriptedPool({ size: 1, prefetch: 1 });
    const running = pool.run(1);
    const timed = pool.run(2, { deadlineMs: 30_000 });
    expect(workers[0].sent).toEqual([1]);
    workers[0].answer(2);
    expect(workers[0].sent).toEqual([1, 2]);
    workers[0].answer(4);
    expect(await Promise.all([running, timed])).toEqual([2, 4]);
    await pool.close();
  });
});
