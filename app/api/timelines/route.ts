import { NewTimeline } from '@/lib/model';
import { apiRoute } from '@/lib/api/api-route';
import { JSON_BODY_LIMIT } from '@/lib/api/body-limits';
import { readOnlyPreflight } from '@/lib/api/cors';
import { readJson } from '@/lib/api/read-body';
import { privateJson, publicJson } from '@/lib/api/respond';
import { requireEditor } from '@/lib/auth/require-editor';
import { getStore } from '@/lib/store';

export const GET = apiRoute(async (request: Request) => publicJson(request, { timelines: await (await getStore()).listTimelines() }));

export const POST = apiRoute(async (request: Request) => {
  await requireEditor(request);
  const timeline = await (await getStore()).createTimeline(await readJson(request, NewTimeline, JSON_BODY_LIMIT));
  return privateJson({ timeline }, 201, { Location: `/api/timelines/${timeline.slug}` });
});

export const OPTIONS = readOnlyPreflight;
