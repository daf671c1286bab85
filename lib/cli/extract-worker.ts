// A worker thread of `extract --jsonl`: one raw input line in, its output line back, so that parsing
// and serialising happen here and the main thread only reads and writes in order.
import { extractLine } from '../extract/extract-line';
import { serveTasks } from '../extract/worker-pool';

serveTasks(extractLine);
