// Runs in a worker thread (see extract-pool.ts): one document in, its extraction out.
import { extractEvents } from '../extract/extract-events';
import { serveTasks } from '../extract/worker-pool';

serveTasks(extractEvents);
