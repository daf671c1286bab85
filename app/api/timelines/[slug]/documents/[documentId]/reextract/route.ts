import { apiRoute } from '@/lib/api/api-route';
import { documentId, timelineSlug } from '@/lib/api/parse-params';
import { privateJson } from '@/lib/api/respond';
import { reextractDocument } from '@/lib/api/reextract-document';
import { requireEditor } from '@/lib/auth/require-editor';

type Context = { params: Promise<{ slug: string; documentId: string }> };

/** Extracts a stored article's events again and merges them in; hand edits are kept. */
export const POST = apiRoute(async (request: Request, { params }: Context) => {
  await requireEditor(request);
  const raw = await params;
  return privateJson(await reextractDocument(timelineSlug(raw.slug), documentId(raw.documentId)));
});
