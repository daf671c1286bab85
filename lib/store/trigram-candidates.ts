import { sql, type Kysely } from 'kysely';
import type { Database } from './database';

/**
 * Beyond this many candidates the q filter reads the timeline in time order instead, as it did before it
 * had an index: looking each candidate up costs about 2 µs, while text that so many events hold fills a
 * page within its first few hundred events, and a timeline much smaller than the database (the candidates
 * come from every timeline) is quicker read whole.
 */
export const MAX_TRIGRAM_CANDIDATES = 10_000;

/**
 * SQLite: the rowids of events, of any timeline, whose search_text holds every trigram of `text` (in
 * events_search, migration 007): a superset of those holding `text`, for the LIKE to sift. Null when
 * `text` is under three characters long or the candidates are too many to be worth looking up one by one.
 */
export async function trigramCandidates(db: Kysely<Database>, text: string): Promise<number[] | null> {
  const trigrams = trigramsOf(text);
  if (trigrams.length === 0) return null;
  // Each trigram a quoted FTS5 string (quotes doubled); side by side, all are required.
  const match = trigrams.map((t) => `"${t.replace(/"/g, '""')}"`).join(' ');
  const { rows } = await sql<{ rowid: number }>`
    select rowid from events_search where events_search match ${match} limit ${MAX_TRIGRAM_CANDIDATES + 1}`.execute(db);
  return rows.length > MAX_TRIGRAM_CANDIDATES ? null : rows.map((r) => r.rowid);
}

/** The distinct runs of three code points in `text`, as FTS5's trigram tokenizer cuts them. */
export function trigramsOf(text: string): string[] {
  const chars = [...text];
  return [...new Set(chars.slice(2).map((_, i) => chars.slice(i, i + 3).join('')))];
}
