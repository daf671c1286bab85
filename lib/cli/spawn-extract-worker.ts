import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { startTsWorker } from '../extract/ts-worker';

/** A worker thread of `extract --jsonl` (extract-worker.ts). */
export function spawnExtractWorker(): Worker {
  return startTsWorker(join(__dirname, 'extract-worker.ts'));
}
