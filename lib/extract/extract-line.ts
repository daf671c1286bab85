import { z } from 'zod';
import { JsonlDocument } from '../model/jsonl-document';
import { extractEvents } from './extract-events';
import { extractionJson } from './extraction-json';

/** The first problem zod found, as one readable line. */
const firstIssue = (error: z.ZodError) => {
  const issue = error.issues[0];
  return `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`;
};

/**
 * One line of `extract --jsonl` input to one line of output: `{"id","dct","timexes","events"}`, or
 * `{"id","error"}` when the line is not a valid document. `fallbackId` names lines that have no id.
 */
export function extractLine(line: string, fallbackId: string): string {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (error) {
    return JSON.stringify({ id: fallbackId, error: `not valid JSON: ${(error as Error).message}` });
  }
  const id = typeof (json as { id?: unknown })?.id === 'string' ? (json as { id: string }).id : fallbackId;
  const doc = JsonlDocument.safeParse(json);
  if (!doc.success) return JSON.stringify({ id, error: `not a document: ${firstIssue(doc.error)}` });
  const { text, dct } = doc.data;
  return JSON.stringify({ id, ...extractionJson(extractEvents({ id, text, dct: dct ?? undefined })) });
}
