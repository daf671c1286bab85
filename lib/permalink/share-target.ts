import { EventId, Slug } from '@/lib/model';

/** What a shared address points at: a whole timeline (in some view) or one event, as a page or as an embed. */
export type ShareTarget =
  | { kind: 'timeline'; slug: string; embed: boolean }
  | { kind: 'event'; slug: string; id: string; embed: boolean };

const TARGET = /^\/(timelines|embed)\/([^/]+)(?:\/events\/([^/]+))?\/?$/;

/** Which timeline or event a path names, or null when it names neither. The query is not read here. */
export function shareTarget(pathname: string): ShareTarget | null {
  const m = TARGET.exec(pathname);
  if (!m) return null;
  const [, root, rawSlug, rawId] = m;
  let slug: string;
  let id: string | undefined;
  try {
    slug = decodeURIComponent(rawSlug);
    id = rawId === undefined ? undefined : decodeURIComponent(rawId);
  } catch {
    return null;
  }
  if (!Slug.safeParse(slug).success) return null;
  const embed = root === 'embed';
  if (id === undefined) return { kind: 'timeline', slug, embed };
  return EventId.safeParse(id).success ? { kind: 'event', slug, id, embed } : null;
}
