// Runs in a worker thread (see extract-pool.ts): one document in, its extraction out.
import { parentPort } from 'node:worker_threads';
import { extractEvents, type Extraction, type ExtractInput } from '../extract/extract-events';

export interface ExtractJob {
  id: number;
  input: ExtractInput;
}

export type ExtractReply = { id: number; ok: true; result: Extraction } | { id: number; ok: false; message: string };

parentPort?.on('message', ({ id, input }: ExtractJob) => {
  let reply: ExtractReply;
  try {
    reply = { id, ok: true, result: extractEvents(input) };
  } catch (error) {
    reply = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
