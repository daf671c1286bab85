// Extract events from article files and store them on a timeline, all in one transaction.
// npm run ingest -- --timeline SLUG [--title T] [--dct YYYY-MM-DD] FILE...
// Stores in SQLite (data/timeline.db) by default, or where DATABASE_URL points.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { decodeText, UnreadableDocumentError } from '../documents/decode-text';
import type { IngestInput } from '../extract/ingest-document';
import { CalendarDay, DOCUMENT_MAX_CHARS, DocumentId, Slug } from '../model';
import { StoreConflictError } from '../store/errors';
import type { Store } from '../store/store';
import { parseCliArgs } from './parse-cli-args';
import { ArgumentError, reportUsageError, UsageError } from './usage-error';

const USAGE = 'usage: npm run ingest -- --timeline SLUG [--title T] [--dct YYYY-MM-DD] FILE...';

interface Args {
  timeline: string;
  title?: string;
  dct?: string;
  files: string[];
}

function readArgs(argv: string[]): Args {
  const { values, positionals: files } = parseCliArgs({
    args: argv,
    allowPositionals: true,
    options: { timeline: { type: 'string' }, title: { type: 'string' }, dct: { type: 'string' } },
  });
  const { timeline, title, dct } = values;
  if (timeline === undefined || !Slug.safeParse(timeline).success) {
    throw new ArgumentError(`--timeline needs a slug of lower-case letters, digits and single hyphens, got ${JSON.stringify(timeline ?? '')}`);
  }
  if (title !== undefined && !title.trim()) throw new ArgumentError('--title must not be empty');
  if (dct !== undefined && !CalendarDay.safeParse(dct).success) throw new ArgumentError(`--dct needs a real calendar day YYYY-MM-DD, got ${JSON.stringify(dct)}`);
  if (files.length === 0) throw new ArgumentError('expected at least one FILE');
  for (const file of files) {
    let isFile = false;
    try {
      isFile = statSync(file).isFile();
    } catch {
      throw new UsageError(`cannot read ${file}: no such file`);
    }
    if (!isFile) throw new UsageError(`cannot read ${file}: not a file`);
  }
  return { timeline, title, dct, files };
}

/** A document id from a file name: `data/articles/royal-article.txt` -> `royal-article`. */
function documentId(file: string): string {
  const id = basename(file).replace(/\.[^.]+$/, '').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '').slice(0, 120);
  return DocumentId.safeParse(id).success ? id : 'document';
}

/** The file's text; an empty file is an empty document, and binary or non-UTF-8 content is refused. */
function readArticle(file: string): string {
  const bytes = readFileSync(file);
  if (bytes.length === 0) return '';
  const text = decodeText(bytes, file).replace(/\r\n?/g, '\n');
  if (text.length > DOCUMENT_MAX_CHARS) throw new UnreadableDocumentError(`${file} is too long (${text.length} characters, limit ${DOCUMENT_MAX_CHARS})`);
  return text;
}

async function ensureTimeline(store: Store, slug: string, title: string | undefined): Promise<void> {
  if (await store.getTimeline(slug)) return;
  try {
    await store.createTimeline({ slug, title: title ?? slug });
  } catch (error) {
    // Another ingest created it meanwhile; that is what we wanted.
    if (!(error instanceof StoreConflictError)) throw error;
  }
}

async function main(argv: string[]): Promise<number> {
  let args: Args;
  try {
    args = readArgs(argv);
  } catch (error) {
    return reportUsageError(error, 'ingest', USAGE);
  }
  // The extractor and the database drivers load only once the arguments are known to be good.
  const [{ ingestDocuments }, { openStore }] = await Promise.all([import('../extract/ingest-document'), import('../store/open-store')]);
  let store: Store;
  try {
    store = await openStore();
  } catch (error) {
    // A DATABASE_URL that names no usable database is bad input too.
    process.stderr.write(`ingest: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  // Every file is read first; those that can be read are stored together in one transaction.
  let failed = 0;
  const docs: { file: string; input: IngestInput }[] = [];
  for (const file of args.files) {
    try {
      docs.push({ file, input: { id: documentId(file), text: readArticle(file), dct: args.dct, source: file } });
    } catch (error) {
      if (!(error instanceof UnreadableDocumentError)) throw error;
      failed += 1;
      console.log(`${file}: ${error.message}`);
    }
  }
  try {
    await ensureTimeline(store, args.timeline, args.title);
    const results = await ingestDocuments(
      store,
      args.timeline,
      docs.map((d) => d.input),
      (count) => console.log(`storing ${count} document${count === 1 ? '' : 's'} on "${args.timeline}" in one transaction`),
    );
    results.forEach((result, i) => {
      const { file } = docs[i];
      console.log(
        result.added
          ? `${file}: document "${result.documentId}", ${result.events} events (${result.merged} merged into events already on "${args.timeline}")`
          : `${file}: "${args.timeline}" already has document "${result.documentId}"; left as it was`,
      );
    });
  } catch (error) {
    if (!(error instanceof StoreConflictError)) throw error;
    // Another writer added one of these documents meanwhile: nothing of this run was stored.
    console.log(`${error.message}; nothing was stored, run the ingest again`);
    return 1;
  } finally {
    await store.close();
  }
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`ingest: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
