import { Worker } from 'node:worker_threads';
import { WorkerPool } from '@/lib/extract/worker-pool';

/** A worker that doubles numbers, fails on "fail", and dies on "crash". */
const doubler = () =>
  new Worker(
    `const { parentPort } = require('node:worker_threads');
     parentPort.on('message', (m) => {
       if (m === 'crash') process.exit(3);
       if (m === 'fail') return parentPort.postMessage({ ok: false, error: 'cannot double fail' });
       setTimeout(() => parentPort.postMessage({ ok: true, output: m * 2 }), (m % 3) * 5);
     });`,
    { eval: true },
  );

describe('WorkerPool(createWorker, size)', () => {
  test('runs tasks on all workers and answers each with its own result', async () => {
    const pool = new WorkerPool<number | string, number>(doubler, 2);
    try {
      const inputs = Array.from({ length: 20 }, (_, i) => i);
      expect(await Promise.all(inputs.map((i) => pool.run(i)))).toEqual(inputs.map((i) => i * 2));
    } finally {
      await pool.close();
    }
  });

  test('a failing task rejects alone, and a worker that dies is replaced', async () => {
    const pool = new WorkerPool<number | string, number>(doubler, 2);
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
    const pool = new WorkerPool<number, number>(broken, 2);
    try {
      const results = await Promise.allSettled([pool.run(1), pool.run(2), pool.run(3), pool.run(4)]);
      expect(results.every((r) => r.status === 'rejected')).toBe(true);
      await expect(pool.run(5)).rejects.toThrow(/keep failing to start|no such module/);
    } finally {
      await pool.close();
    }
  });
});
