import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { SeedFile } from '../model';
import type { Store } from '../store/store';
import { StoreConflictError } from '../store/errors';

const SEED_DIR = path.join(process.cwd(), 'data', 'seed');

/**
 * Loads the seed timelines into an empty store. Idempotent: a store that holds any timeline is left
 * alone, and a second instance racing this one on PostgreSQL loses the race quietly (conflict).
 */
export async function ensureSeed(store: Store, dir = SEED_DIR): Promise<string[]> {
  if ((await store.listTimelines()).length > 0) return [];
  const loaded: string[] = [];
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.json')).sort()) {
    const seed = SeedFile.parse(JSON.parse(await readFile(path.join(dir, file), 'utf8')));
    const text = await readFile(path.join(process.cwd(), seed.document.source), 'utf8');
    try {
      await store.createTimeline(seed.timeline);
    } catch (error) {
      if (error instanceof StoreConflictError) continue;
      throw error;
    }
    try {
      await store.addDocument(seed.timeline.slug, { ...seed.document, text }, seed.events);
    } catch (error) {
      // An empty seed timeline would make every later start skip the seed: undo it.
      await store.deleteTimeline(seed.timeline.slug);
      throw error;
    }
    loaded.push(seed.timeline.slug);
  }
  return loaded;
}
