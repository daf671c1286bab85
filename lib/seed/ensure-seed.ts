import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { ingestDocument } from '../extract/ingest-document';
import { slugify } from '../extract/event-ids';
import { SeedFile, type NewTimeline } from '../model';
import { StoreConflictError } from '../store/errors';
import type { Store } from '../store/store';

const DATA_DIR = path.join(process.cwd(), 'data');

/** One article to seed, with the timeline it goes on and what is known about it. */
interface SeedArticle {
  /** Path relative to the repository, as documents record their source. */
  source: string;
  timeline: NewTimeline;
  document: { id: string; title: string; dct?: string };
}

/**
 * Every article in data/articles/, with its timeline and document details from the manifest in
 * data/seed/ that names it. An article no manifest names gets a timeline of its own,
 * titled by its first line, and only what extraction finds.
 */
async function seedArticles(dataDir: string): Promise<SeedArticle[]> {
  const manifests = new Map<string, SeedFile>();
  for (const file of (await readdir(path.join(dataDir, 'seed'))).filter((f) => f.endsWith('.json')).sort()) {
    const seed = SeedFile.parse(JSON.parse(await readFile(path.join(dataDir, 'seed', file), 'utf8')));
    manifests.set(path.normalize(seed.document.source), seed);
  }
  const articles: SeedArticle[] = [];
  for (const file of (await readdir(path.join(dataDir, 'articles'))).filter((f) => f.endsWith('.txt')).sort()) {
    const source = path.join(path.relative(process.cwd(), dataDir) || '.', 'articles', file);
    const manifest = manifests.get(path.normalize(source));
    if (manifest) {
      const { id, title, dct } = manifest.document;
      articles.push({ source, timeline: manifest.timeline, document: { id, title: title ?? '', dct: dct.value ?? undefined } });
      continue;
    }
    const stem = file.replace(/\.txt$/, '');
    const firstLine = (await readFile(path.join(dataDir, 'articles', file), 'utf8')).trim().split('\n')[0].slice(0, 200).trim();
    articles.push({
      source,
      timeline: { slug: slugify(stem) || 'articles', title: firstLine || stem },
      document: { id: slugify(stem) || 'article', title: firstLine },
    });
  }
  return articles;
}

/**
 * Loads the seed into an empty store by extracting events from data/articles/*.txt: what the app shows
 * first is what the extractor finds, nothing written by hand. Idempotent: a
 * store that holds any timeline is left alone, and a second instance racing this one on PostgreSQL
 * loses the race quietly (conflict).
 */
export async function ensureSeed(store: Store, dataDir = DATA_DIR): Promise<string[]> {
  if ((await store.listTimelines()).length > 0) return [];
  const created = new Set<string>();
  for (const article of await seedArticles(dataDir)) {
    const { slug } = article.timeline;
    if (!created.has(slug)) {
      try {
        await store.createTimeline(article.timeline);
      } catch (error) {
        if (error instanceof StoreConflictError) continue;
        throw error;
      }
      created.add(slug);
    }
    try {
      const text = await readFile(path.join(process.cwd(), article.source), 'utf8');
      await ingestDocument(store, slug, { ...article.document, text, source: article.source });
    } catch (error) {
      // An empty seed timeline would make every later start skip the seed: undo it.
      await store.deleteTimeline(slug);
      created.delete(slug);
      throw error;
    }
  }
  return [...created];
}
