import type { Timeline } from '../model';
import type { Store } from '../store/store';
import type { ImportedTimeline } from './imported-timeline';

/**
 * Writes an imported timeline as a new one: all of it or none of it. Events go in with the first document
 * (which document brought an event is not stored; its mentions say where it is told); a file without
 * documents gets an empty one naming the import, because the store adds events only with a document.
 */
export async function importTimeline(store: Store, imported: ImportedTimeline): Promise<{ timeline: Timeline; documents: number; events: number }> {
  const timeline = await store.createTimeline(imported.timeline);
  const documents = imported.documents.length
    ? imported.documents
    : [{ id: 'import', title: imported.timeline.title, source: '', dct: { value: null, source: 'none' as const, reason: 'imported without articles' }, text: '' }];
  try {
    // The documents and events go in one transaction; only the new timeline itself is undone by hand.
    const added = await store.addDocuments(
      timeline.slug,
      documents.map((document, index) => ({ document, events: index === 0 ? imported.events : [] })),
    );
    const events = added.reduce((n, a) => n + a.events.length, 0);
    return { timeline: (await store.getTimeline(timeline.slug)) ?? timeline, documents: documents.length, events };
  } catch (error) {
    await store.deleteTimeline(timeline.slug);
    throw error;
  }
}
