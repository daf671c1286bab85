import type { Store } from '@/lib/store/store';
import { messagePage } from './embed-response';
import { shareTarget } from './share-target';
import { eventEmbedPath, eventPermalink, timelinePath } from './urls';

/*
 * Event ids never change once published, but an editor may still retire one: rename it (a wrong date in
 * the id) or delete the event. The old address then answers 308 to the new one, or 410 with a link to the
 * timeline, so links in old articles keep working or say plainly what happened.
 */

type History = Pick<Store, 'getEvent' | 'retiredEvent'>;

/** 410 for a deleted event's address: a short page linking to its timeline. */
export function goneEventResponse(slug: string, headers: Record<string, string> = {}): Response {
  const html = messagePage(410, 'This event was deleted from its timeline.', { href: timelinePath(slug), text: 'See the timeline.' });
  return new Response(html, { status: 410, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'public, max-age=300', ...headers } });
}

/**
 * For proxy.ts, ahead of the permalink page (a page cannot answer 410): the answer for the address of a
 * deleted event, or null to let the page render. Costs one lookup in the small history table, and a second
 * only when the id has a history (it may have been deleted and then extracted again).
 */
export async function deletedEventResponse(pathname: string, store: History): Promise<Response | null> {
  const target = shareTarget(pathname);
  if (!target || target.kind !== 'event' || target.embed) return null;
  const retired = await store.retiredEvent(target.slug, target.id);
  if (!retired || retired.kind !== 'deleted' || (await store.getEvent(target.slug, target.id))) return null;
  return goneEventResponse(target.slug);
}

/** Where a retired id's page or card now lives, for a 308; the query (embed options) comes along. */
export function renamedEventPath(slug: string, newId: string, embed: boolean, search = ''): string {
  return `${embed ? eventEmbedPath(slug, newId) : eventPermalink(slug, newId)}${search}`;
}
