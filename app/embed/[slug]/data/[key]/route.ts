import { getStore } from '@/lib/store';
import { Slug } from '@/lib/model';
import { eventsFileResponse, eventsFileNotModified } from '@/lib/permalink/events-file-response';
import { eventsFile, eventsFileKey } from '@/lib/permalink/kept-events-files';
import { isNotModified } from '@/lib/permalink/http-cache';
import { parseViewState } from '@/lib/permalink/parse-view-state';
import { loadPublished } from '@/lib/permalink/published';

/** A published timeline's events as one gzip file (see lib/permalink/events-file.ts); `q` is the embed's search. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string; key: string }> }) {
  const { slug, key } = await params;
  const plain = (status: number, message: string) => new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
  if (!Slug.safeParse(slug).success) return plain(404, `There is no timeline "${slug}".`);
  const view = parseViewState(new URL(request.url).searchParams);
  if (!view.ok) return plain(400, `This address is wrong: ${view.message}.`);
  const { q } = view.value;
  const store = await getStore();
  const published = await loadPublished(store, slug);
  if (!published) return plain(404, `There is no timeline "${slug}".`);
  const current = eventsFileKey(slug, published.version, q);
  // An older version's address (a page cached before an edit) gets today's events, which its own address will not keep.
  const immutable = key === current;
  if (isNotModified(request.headers.get('if-none-match'), `"${current}"`)) return eventsFileNotModified(current, immutable);
  // Only the store knows how `q` matches.
  const file = await eventsFile(current, async () => (q ? (await store.listEvents(slug, { q })).events : published.events));
  return eventsFileResponse(file, current, immutable);
}
