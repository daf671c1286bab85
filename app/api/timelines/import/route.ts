import { ImportQuery } from '@/lib/model';
import { apiRoute } from '@/lib/api/api-route';
import { importRequest } from '@/lib/api/import-request';
import { parseQuery } from '@/lib/api/parse-query';
import { clientAddress, uploadLimiter } from '@/lib/api/rate-limit';
import { privateJson } from '@/lib/api/respond';
import { requireEditor } from '@/lib/auth/require-editor';

/** Imports a file (our JSON, TimelineJS JSON or the TimelineJS sheet as CSV) as a new timeline. */
export const POST = apiRoute(async (request: Request) => {
  await requireEditor(request);
  await uploadLimiter.check(clientAddress(request));
  const result = await importRequest(request, parseQuery(request, ImportQuery));
  return privateJson(result, 201, { Location: `/api/timelines/${result.timeline.slug}` });
});
