import { z } from 'zod';
import { EventId } from '../model';

/** Where the next page starts: the last listed event's start and id, the keys events are ordered by. */
export interface Cursor {
  startMs: number;
  id: string;
}

const CursorJson = z.tuple([z.number().int().min(-8.64e15).max(8.64e15), EventId]);

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.startMs, cursor.id])).toString('base64url');
}

/** Throws a ZodError at path `after`, like any other bad filter, for a cursor this store did not write. */
export function decodeCursor(after: string): Cursor {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    json = undefined;
  }
  const parsed = CursorJson.safeParse(json);
  if (!parsed.success) {
    throw new z.ZodError([{ code: 'custom', path: ['after'], message: 'not a cursor from a previous page', input: after }]);
  }
  return { startMs: parsed.data[0], id: parsed.data[1] };
}
