import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TagOptions, TagResult } from '../extract/types';

export type TagTimexes = (text: string, opts?: TagOptions) => TagResult;

export type LoadedTagger = { tagTimexes: TagTimexes } | { missing: string };

const TAGGER_MODULE = join(__dirname, '..', 'extract', 'tag-timexes');

/**
 * Our tagger, loaded at run time so that the harness still scores the baseline (and says why not
 * ours) while lib/extract/tag-timexes.ts does not exist or does not load.
 */
export async function loadTagger(): Promise<LoadedTagger> {
  if (!existsSync(`${TAGGER_MODULE}.ts`)) return { missing: `lib/extract/tag-timexes.ts does not exist yet` };
  let loaded: { tagTimexes?: unknown };
  try {
    loaded = await import(TAGGER_MODULE);
  } catch (error) {
    return { missing: `lib/extract/tag-timexes.ts failed to load: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (typeof loaded.tagTimexes !== 'function') return { missing: 'lib/extract/tag-timexes.ts does not export a tagTimexes function' };
  return { tagTimexes: loaded.tagTimexes as TagTimexes };
}
