import { Worker, type ResourceLimits } from 'node:worker_threads';

/**
 * A worker thread running a TypeScript file. Workers do not inherit the parent's loader hooks (`--import
 * tsx`, or none at all inside Next's bundle), so the thread loads the file through tsx itself, resolving
 * tsx from the file's own folder so that it works whatever the current directory is.
 */
export function startTsWorker(file: string, resourceLimits?: ResourceLimits): Worker {
  const path = JSON.stringify(file);
  const boot = `require(require('node:module').createRequire(${path}).resolve('tsx/cjs/api')).require(${path}, ${path});`;
  return new Worker(boot, { eval: true, resourceLimits });
}
