import { EventListQuery, TimelinePatch } from '@/lib/model';
import { apiRoute } from '@/lib/api/api-route';
import { notFound } from '@/lib/api/api-error';
import { JSON_BODY_LIMIT } from '@/lib/api/body-limits';
import { readOnlyPreflight } from '@/lib/api/cors';
import { timelineSlug } from '@/lib/api/parse-params';
import { parseQuery } from '@/lib/api/parse-query';
import { readPatch } from '@/lib/api/read-body';
import { JSON_HEADERS, privateJson, publicBody } from '@/lib/api/respond';
import { timelinePageJson } from '@/lib/api/timeline-page';
import { requireEditor } from '@/lib/auth/require-editor';
import { getStore } from '@/lib/store';

type Context = { params: Promise<{ slug: string }> };

export const GET = apiRoute(async (request: Request, { params }: Context) => {
  const slug = timelineSlug((await params).slug);
  const { body, etag } = await timelinePageJson(slug, parseQuery(request, EventListQuery));
  return publicBody(request, body, JSON_HEADERS, etag);
});

export const PATCH = apiRoute(async (request: Request, { params }: Context) => {
  await requireEditor(request);
  const slug = timelineSlug((await params).slug);
  const timeline = await (await getStore()).updateTimeline(slug, await readPatch(request, TimelinePatch, JSON_BODY_LIMIT));
  if (!timeline) throw notFound('timeline');
  return privateJson({ timeline });
});

export const DELETE = apiRoute(async (request: Request, { params }: Context) => {
  await requireEditor(request);
  if (!(await (await getStore()).deleteTimeline(timelineSlug((await params).slug)))) throw notFound('timeline');
  return new Response(null, { status: 204 });
});

export const OPTIONS = readOnlyPreflight;
