import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * A worker thread running extract-worker.ts. Workers do not inherit the parent's `--import tsx`
 * loader hooks, so the thread registers tsx's require hook before loading the TypeScript file.
 */
export function spawnExtractWorker(): Worker {
  const tsx = JSON.stringify(require.resolve('tsx/cjs'));
  const script = JSON.stringify(join(__dirname, 'extract-worker.ts'));
  return new Worker(`require(${tsx}); require(${script});`, { eval: true });
}
