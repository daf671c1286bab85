// A worker thread of `extract --jsonl`: one input line in, one output line back.
import { parentPort } from 'node:worker_threads';
import { extractLine, type LineResult } from '../extract/extract-line';
import type { WorkerReply } from '../extract/worker-pool';

parentPort!.on('message', ({ line, fallbackId }: { line: string; fallbackId: string }) => {
  let reply: WorkerReply<LineResult>;
  try {
    reply = { ok: true, output: extractLine(line, fallbackId) };
  } catch (error) {
    reply = { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
