import type { Event } from '../model';
import type { Store } from '../store/store';
import { extractEvents } from './extract-events';
import { mergeIntoTimeline } from './merge-events';

export interface IngestInput {
  id: string;
  text: string;
  dct?: string;
  title?: string;
  source?: string;
}

export interface IngestResult {
  documentId: string;
  /** False when the timeline already held this document, which is then left as it was. */
  added: boolean;
  events: number;
  /** Events that were already on the timeline and gained a mention. */
  merged: number;
}

/** Every event of a timeline, page by page. */
async function allEvents(store: Store, timeline: string): Promise<Event[]> {
  const events: Event[] = [];
  let after: string | undefined;
  do {
    const page = await store.listEvents(timeline, { limit: 100_000, after });
    events.push(...page.events);
    after = page.next ?? undefined;
  } while (after);
  return events;
}

/**
 * Extracts a document's events and stores them on a timeline in one transaction. Events that tell a
 * happening already on the timeline take its id, so the store merges them and existing ids never
 * change. A document the timeline already holds is skipped, so ingesting again is harmless.
 */
export async function ingestDocument(store: Store, timeline: string, doc: IngestInput): Promise<IngestResult> {
  if (await store.getDocument(timeline, doc.id)) return { documentId: doc.id, added: false, events: 0, merged: 0 };
  const extraction = extractEvents(doc);
  const existing = await allEvents(store, timeline);
  const events = mergeIntoTimeline(existing, extraction.events);
  const known = new Set(existing.map((e) => e.id));
  await store.addDocument(
    timeline,
    { id: doc.id, title: doc.title ?? '', source: doc.source ?? '', dct: extraction.dct, text: doc.text },
    events,
  );
  return { documentId: doc.id, added: true, events: events.length, merged: events.filter((e) => known.has(e.id)).length };
}
