import { Worker } from 'node:worker_threads';
import { median } from './measure-throughput';

/**
 * The peer for the pool's scaling: how far this machine takes a plain CPU job (hashing small JSON
 * objects, so it allocates as extraction does) from one thread to two, in the same run. On shared or
 * virtual cores this is well under 2x, and it bounds what the extraction pool can reach.
 */
const JOB = `const { createHash } = require('node:crypto');
const { parentPort, workerData } = require('node:worker_threads');
let hash = Buffer.alloc(32);
for (let i = 0; i < workerData; i++) {
  const items = [];
  for (let j = 0; j < 50; j++) items.push({ j, s: 'x' + j });
  hash = createHash('sha256').update(hash).update(JSON.stringify(items)).digest();
}
parentPort.postMessage(0);`;

/** Rounds of the job per thread: about three seconds on one core. */
const ROUNDS = 300_000;

function runThreads(threads: number): Promise<number> {
  const start = performance.now();
  const jobs = Array.from(
    { length: threads },
    () => new Promise<void>((resolve, reject) => new Worker(JOB, { eval: true, workerData: ROUNDS }).once('message', () => resolve()).once('error', reject)),
  );
  return Promise.all(jobs).then(() => performance.now() - start);
}

/** Median over `runs` of (work done per second on two threads) / (on one): 2 would be perfect. */
export async function cpuScaling(runs = 3): Promise<number> {
  const ratios: number[] = [];
  for (let i = 0; i < runs; i++) {
    const one = await runThreads(1);
    const two = await runThreads(2);
    ratios.push((2 * one) / two);
  }
  return median(ratios);
}
