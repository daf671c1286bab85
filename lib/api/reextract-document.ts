import { mergeIntoTimeline } from '../extract/merge-events';
import { getStore } from '../store';
import { notFound } from './api-error';
import { extractInWorker } from './extract-pool';

/**
 * Runs the extractor again over a stored article (after the extractor improved, or its publication date
 * was fixed) and merges what it finds into the timeline. Hand edits stay: the store never overwrites them.
 */
export async function reextractDocument(slug: string, documentId: string): Promise<{ events: number }> {
  const store = await getStore();
  const document = await store.getDocument(slug, documentId);
  if (!document) throw notFound('document');
  const dct = document.dct.source === 'given' ? (document.dct.value ?? undefined) : undefined;
  const extraction = await extractInWorker({ id: document.id, text: document.text, dct });
  const { events: existing } = await store.listEvents(slug);
  const stored = await store.addEvents(slug, mergeIntoTimeline(existing, extraction.events));
  return { events: stored.length };
}
