import { EventPatch } from '@/lib/model';
import { apiRoute } from '@/lib/api/api-route';
import { notFound } from '@/lib/api/api-error';
import { JSON_BODY_LIMIT } from '@/lib/api/body-limits';
import { readOnlyPreflight } from '@/lib/api/cors';
import { eventId, timelineSlug } from '@/lib/api/parse-params';
import { readPatch } from '@/lib/api/read-body';
import { privateJson, publicJson } from '@/lib/api/respond';
import { requireEditor } from '@/lib/auth/require-editor';
import { getStore } from '@/lib/store';

type Context = { params: Promise<{ slug: string; eventId: string }> };

async function address(context: Context) {
  const params = await context.params;
  return { slug: timelineSlug(params.slug), id: eventId(params.eventId) };
}

export const GET = apiRoute(async (request: Request, context: Context) => {
  const { slug, id } = await address(context);
  const event = await (await getStore()).getEvent(slug, id);
  if (!event) throw notFound('event');
  return publicJson(request, { event });
});

/** An editor's change; it marks the event as edited by hand (so re-extraction never overwrites it) unless told otherwise. */
export const PATCH = apiRoute(async (request: Request, context: Context) => {
  await requireEditor(request);
  const { slug, id } = await address(context);
  const patch = await readPatch(request, EventPatch, JSON_BODY_LIMIT);
  const event = await (await getStore()).updateEvent(slug, id, { editedByHand: true, ...patch });
  if (!event) throw notFound('event');
  return privateJson({ event });
});

export const DELETE = apiRoute(async (request: Request, context: Context) => {
  await requireEditor(request);
  const { slug, id } = await address(context);
  if (!(await (await getStore()).deleteEvent(slug, id))) throw notFound('event');
  return new Response(null, { status: 204 });
});

export const OPTIONS = readOnlyPreflight;
