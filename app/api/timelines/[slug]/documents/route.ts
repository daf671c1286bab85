import { addDocument } from '@/lib/api/add-document';
import { apiRoute } from '@/lib/api/api-route';
import { timelineSlug } from '@/lib/api/parse-params';
import { clientAddress, uploadLimiter } from '@/lib/api/rate-limit';
import { privateJson } from '@/lib/api/respond';
import { requireEditor } from '@/lib/auth/require-editor';

type Context = { params: Promise<{ slug: string }> };

/** Adds an article (JSON or a file upload): its events are extracted and stored with it. */
export const POST = apiRoute(async (request: Request, { params }: Context) => {
  await requireEditor(request);
  await uploadLimiter.check(clientAddress(request));
  return privateJson(await addDocument(request, timelineSlug((await params).slug)), 201);
});
