import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { readTimeml } from './read-timeml';
import type { TimemlFile } from './types';

/** Where the TBAQ corpus sits next to a checkout, relative to the repository root. */
export const DEFAULT_CORPUS = '../shared/corpora/tbaq';

function tmlFilesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return tmlFilesUnder(path);
      return entry.isFile() && entry.name.endsWith('.tml') ? [path] : [];
    });
}

/** The .tml files in the given folders (searched recursively) or named directly, resolved against `cwd`. */
export function findTimemlPaths(paths: readonly string[], cwd = process.cwd()): string[] {
  return paths.flatMap((given) => {
    const path = resolve(cwd, given);
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch {
      throw new Error(`no such folder: ${given} (resolved to ${path}); pass the TimeML corpus folder as an argument`);
    }
    const found = isDirectory ? tmlFilesUnder(path) : [path];
    if (found.length === 0) throw new Error(`no .tml files under ${given} (resolved to ${path})`);
    return found;
  });
}

/**
 * Reads TimeML files. Each is named by its file name, or by its path from `cwd` when two files
 * share a name, so that names are unique keys for `--out`.
 */
export function loadTimemlFiles(paths: readonly string[], cwd = process.cwd()): TimemlFile[] {
  const counts = new Map<string, number>();
  for (const path of paths) counts.set(basename(path), (counts.get(basename(path)) ?? 0) + 1);
  return paths.map((path) => {
    const name = counts.get(basename(path))! > 1 ? relative(cwd, path) : basename(path);
    return { name, path, doc: readTimeml(readFileSync(path, 'utf8'), name) };
  });
}
