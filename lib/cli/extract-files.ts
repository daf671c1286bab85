// `extract` on text files: the timexes of one, or the events of several merged as one timeline.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { extractEvents, type Extraction } from '../extract/extract-events';
import { eventJson, extractionJson } from '../extract/extraction-json';
import { mergeEvents } from '../extract/merge-events';
import { tagTimexes } from '../extract/tag-timexes';
import { DOCUMENT_MAX_CHARS } from '../model';
import { UsageError } from './usage-error';

/** A file that exists but is not text we can read; in events mode it is reported and the rest go on. */
class NotTextError extends UsageError {}

/** The file as text; binary or non-UTF-8 content is refused rather than tagged as garbage. */
function readText(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (code ?? 'unreadable')}`);
  }
  if (bytes.includes(0)) throw new NotTextError(`${file} looks binary (contains NUL bytes)`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new NotTextError(`${file} is not valid UTF-8 text`);
  }
  if (text.length > DOCUMENT_MAX_CHARS) throw new NotTextError(`${file} is too long (${text.length} characters, limit ${DOCUMENT_MAX_CHARS})`);
  return text.replace(/\r\n?/g, '\n');
}

/** A document id from a file name: `data/articles/royal-article.txt` -> `royal-article`. */
function documentId(file: string): string {
  return basename(file).replace(/\.[^.]+$/, '').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '').slice(0, 120) || 'document';
}

type FileResult = (Extraction & { id: string }) | { id: string; error: string };

/** Reads and extracts one file; a file that is not text gives `{"id","error"}`, a missing one stops the run. */
function extractFile(file: string, dct: string | undefined): FileResult {
  const id = documentId(file);
  try {
    return { id, ...extractEvents({ id, text: readText(file), dct }) };
  } catch (error) {
    if (error instanceof NotTextError) return { id, error: error.message };
    throw error;
  }
}

/** Stops before any work when a file is missing or is not a file. */
function readable(file: string): void {
  try {
    if (!statSync(file).isFile()) throw new UsageError(`cannot read ${file}: not a file`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : (code ?? 'unreadable')}`);
  }
}

/**
 * Events of one or more files, merged across them as one timeline. One file prints
 * `{"dct","timexes","events"}`; several print `{"documents":[{"id","dct","timexes"} or {"id","error"}],"events"}`.
 */
export function extractFiles(files: string[], dct: string | undefined): { json: object; failed: boolean } {
  for (const file of files) readable(file);
  const results = files.map((file) => extractFile(file, dct));
  const failed = results.some((r) => 'error' in r);
  if (results.length === 1) return { json: 'error' in results[0] ? results[0] : extractionJson(results[0]), failed };
  return {
    json: {
      documents: results.map((r) => ('error' in r ? r : { id: r.id, dct: r.dct, timexes: r.timexes })),
      events: mergeEvents(results.flatMap((r) => ('error' in r ? [] : r.events))).map(eventJson),
    },
    failed,
  };
}

/** The timexes of one file. */
export function timexesOfFile(file: string, dct: string | undefined): object {
  return tagTimexes(readText(file), { dct });
}
