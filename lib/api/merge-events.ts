import type { Event } from '../model';
import { mergeEvent } from '../store/merge-event';
import { getStore } from '../store';
import { ApiError, notFound } from './api-error';

/**
 * An editor's merge: the addressed event keeps its wording and date and gains the others' mentions, names
 * and tags; the others are deleted. The result counts as edited by hand. Not one transaction (the store
 * has no such call): a failure half-way leaves the target merged and some sources still present, which a
 * retry completes, since merging is idempotent.
 */
export async function mergeEvents(slug: string, targetId: string, sourceIds: string[]): Promise<Event> {
  if (sourceIds.includes(targetId)) throw new ApiError(409, 'conflict', 'an event cannot be merged into itself');
  const store = await getStore();
  const target = await store.getEvent(slug, targetId);
  if (!target) throw notFound('event');
  const sources: Event[] = [];
  for (const id of new Set(sourceIds)) {
    const source = await store.getEvent(slug, id);
    if (!source) throw new ApiError(404, 'not_found', `event "${id}" not found`);
    sources.push(source);
  }
  let merged: Event = { ...target, editedByHand: true };
  for (const source of sources) {
    const tags = [...merged.tags, ...source.tags.filter((t) => !merged.tags.some((m) => m.toLowerCase() === t.toLowerCase()))];
    merged = { ...mergeEvent(merged, { ...source, editedByHand: false }), tags };
  }
  const { mentions, people, places, organizations, tags, confidence } = merged;
  const updated = await store.updateEvent(slug, targetId, { mentions, people, places, organizations, tags, confidence, editedByHand: true });
  if (!updated) throw notFound('event');
  for (const source of sources) await store.deleteEvent(slug, source.id);
  return updated;
}
