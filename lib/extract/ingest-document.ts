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
  const [result] = await ingestDocuments(store, timeline, [doc]);
  return result;
}

/**
 * Extracts several documents and stores them on a timeline, all in one transaction, as ingestDocument
 * does one: a later document's events merge into those of an earlier one in the same batch as into
 * those already on the timeline. Documents the timeline already holds are skipped. `onStore` hears when
 * the extraction is done and the writing begins.
 */
export async function ingestDocuments(store: Store, timeline: string, docs: IngestInput[], onStore?: (documents: number) => void): Promise<IngestResult[]> {
  const results = new Map<IngestInput, IngestResult>();
  const existing: Parameters<typeof mergeIntoTimeline>[0] = await allEvents(store, timeline);
  const known = new Set(existing.map((e) => e.id));
  const batch: Parameters<Store['addDocuments']>[1] = [];
  for (const doc of docs) {
    if ((await store.getDocument(timeline, doc.id)) || batch.some((b) => b.document.id === doc.id)) {
      results.set(doc, { documentId: doc.id, added: false, events: 0, merged: 0 });
      continue;
    }
    const extraction = extractEvents(doc);
    const events = mergeIntoTimeline(existing, extraction.events);
    existing.push(...events.filter((e) => !known.has(e.id)).map((e) => ({ ...e, id: e.id! })));
    batch.push({ document: { id: doc.id, title: doc.title ?? '', source: doc.source ?? '', dct: extraction.dct, text: doc.text }, events });
    results.set(doc, { documentId: doc.id, added: true, events: events.length, merged: events.filter((e) => known.has(e.id!)).length });
  }
  if (batch.length) {
    onStore?.(batch.length);
    await store.addDocuments(timeline, batch);
  }
  return docs.map((doc) => results.get(doc)!);
}
