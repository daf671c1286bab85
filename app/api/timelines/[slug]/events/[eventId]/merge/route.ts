import { MergeEventsRequest } from '@/lib/model';
import { apiRoute } from '@/lib/api/api-route';
import { JSON_BODY_LIMIT } from '@/lib/api/body-limits';
import { mergeEvents } from '@/lib/api/merge-events';
import { eventId, timelineSlug } from '@/lib/api/parse-params';
import { readJson } from '@/lib/api/read-body';
import { privateJson } from '@/lib/api/respond';
import { requireEditor } from '@/lib/auth/require-editor';

type Context = { params: Promise<{ slug: string; eventId: string }> };

export const POST = apiRoute(async (request: Request, { params }: Context) => {
  await requireEditor(request);
  const { slug, eventId: id } = await params;
  const { from } = await readJson(request, MergeEventsRequest, JSON_BODY_LIMIT);
  return privateJson({ event: await mergeEvents(timelineSlug(slug), eventId(id), from) });
});
