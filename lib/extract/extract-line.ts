import { z } from 'zod';
import { JsonlDocument } from '../model/jsonl-document';
import { extractEvents } from './extract-events';
import { extractionJson } from './extraction-json';

/** The first problem zod found, as one readable line. */
const firstIssue = (error: z.ZodError) => {
  const issue = error.issues[0];
  return `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`;
};

/** One output line, and how many events it holds (for `--stats`, without parsing the line again). */
export interface LineResult {
  json: string;
  events: number;
  failed: boolean;
}

/** The output line for an input line that could not be processed. */
export const errorLine = (id: string, error: string): LineResult => ({ json: JSON.stringify({ id, error }), events: 0, failed: true });

/**
 * One line of `extract --jsonl` input to one line of output: `{"id","dct","timexes","events"}`, or
 * `{"id","error"}` when the line is not a valid document. `fallbackId` names lines that have no id.
 */
export function extractLine(line: string, fallbackId: string): LineResult {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (error) {
    return errorLine(fallbackId, `not valid JSON: ${(error as Error).message}`);
  }
  const id = typeof (json as { id?: unknown })?.id === 'string' ? (json as { id: string }).id : fallbackId;
  const doc = JsonlDocument.safeParse(json);
  if (!doc.success) return errorLine(id, `not a document: ${firstIssue(doc.error)}`);
  const { text, dct, title } = doc.data;
  const extraction = extractEvents({ id, text, dct: dct ?? undefined, title });
  return { json: JSON.stringify({ id, ...extractionJson(extraction) }), events: extraction.events.length, failed: false };
}
