import { ExportQuery } from '@/lib/model';
import { apiRoute } from '@/lib/api/api-route';
import { readOnlyPreflight } from '@/lib/api/cors';
import { exportTimeline } from '@/lib/api/export-timeline';
import { timelineSlug } from '@/lib/api/parse-params';
import { parseQuery } from '@/lib/api/parse-query';

type Context = { params: Promise<{ slug: string }> };

export const GET = apiRoute(async (request: Request, { params }: Context) =>
  exportTimeline(request, timelineSlug((await params).slug), parseQuery(request, ExportQuery).format),
);

export const OPTIONS = readOnlyPreflight;
