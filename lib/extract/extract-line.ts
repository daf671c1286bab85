import { z } from 'zod';
import { JsonlDocument } from '../model/jsonl-document';
import { extractEvents } from './extract-events';
import { extractionJson } from './extraction-json';
import { errorLine, type LineResult, type LineTask } from './line-result';

/** The first problem zod found, as one readable line. */
const firstIssue = (error: z.ZodError) => {
  const issue = error.issues[0];
  return `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`;
};

/**
 * One line of `extract --jsonl` input to one line of output: `{"id","dct","timexes","events"}`, or
 * `{"id","error"}` when the line is not a valid document.
 */
export function extractLine({ line, fallbackId }: LineTask): LineResult {
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
