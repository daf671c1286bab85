import { DocumentId, EventId, Slug } from '../model';
import { notFound } from './api-error';

/** Route segments. One that is not a valid slug (`..`, `%00`, `a;drop`) names nothing, so it is a 404. */
export function timelineSlug(raw: string): string {
  const parsed = Slug.safeParse(raw);
  if (!parsed.success) throw notFound('timeline');
  return parsed.data;
}

export function eventId(raw: string): string {
  const parsed = EventId.safeParse(raw);
  if (!parsed.success) throw notFound('event');
  return parsed.data;
}

export function documentId(raw: string): string {
  const parsed = DocumentId.safeParse(raw);
  if (!parsed.success) throw notFound('document');
  return parsed.data;
}
