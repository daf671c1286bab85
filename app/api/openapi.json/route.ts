import { apiRoute } from '@/lib/api/api-route';
import { readOnlyPreflight } from '@/lib/api/cors';
import { openApiDocument } from '@/lib/api/openapi';
import { publicJson } from '@/lib/api/respond';

export const GET = apiRoute(async (request: Request) => publicJson(request, openApiDocument()));

export const OPTIONS = readOnlyPreflight;
