import { AddEventRequest } from '@/lib/model';
import { addEventByHand } from '@/lib/api/add-event';
import { apiRoute } from '@/lib/api/api-route';
import { JSON_BODY_LIMIT } from '@/lib/api/body-limits';
import { timelineSlug } from '@/lib/api/parse-params';
import { readJson } from '@/lib/api/read-body';
import { privateJson } from '@/lib/api/respond';
import { requireEditor } from '@/lib/auth/require-editor';

type Context = { params: Promise<{ slug: string }> };

/** Adds an event by hand. */
export const POST = apiRoute(async (request: Request, { params }: Context) => {
  await requireEditor(request);
  const slug = timelineSlug((await params).slug);
  const event = await addEventByHand(slug, await readJson(request, AddEventRequest, JSON_BODY_LIMIT));
  return privateJson({ event }, 201, { Location: `/api/timelines/${slug}/events/${event.id}` });
});
