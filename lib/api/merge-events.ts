import type { Event } from '../model';
import { getStore } from '../store';
import { notFound } from './api-error';

/**
 * An editor's merge: the addressed event keeps its wording and date and gains the others' mentions, names
 * and tags; the others are deleted, all in one transaction. The result counts as edited by hand.
 */
export async function mergeEvents(slug: string, targetId: string, sourceIds: string[]): Promise<Event> {
  const merged = await (await getStore()).mergeEvents(slug, targetId, sourceIds);
  if (!merged) throw notFound('event');
  return merged;
}
