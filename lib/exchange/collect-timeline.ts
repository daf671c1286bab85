import { TIMELINE_EXPORT_VERSION, type Document, type TimelineExport } from '../model';
import type { Store } from '../store/store';

/** Everything a timeline holds, as our versioned export: the timeline, its documents with their text, its events. */
export async function collectTimeline(store: Store, slug: string): Promise<TimelineExport | null> {
  const timeline = await store.getTimeline(slug);
  if (!timeline) return null;
  const documents: Document[] = [];
  for (const meta of await store.listDocuments(slug)) {
    const document = await store.getDocument(slug, meta.id);
    if (document) documents.push(document);
  }
  const { events } = await store.listEvents(slug);
  return { format: 'timeline', version: TIMELINE_EXPORT_VERSION, timeline, documents, events };
}
