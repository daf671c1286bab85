import { NewApiTokenRequest } from '@/lib/model';
import { apiRoute } from '@/lib/api/api-route';
import { JSON_BODY_LIMIT } from '@/lib/api/body-limits';
import { readJson } from '@/lib/api/read-body';
import { privateJson } from '@/lib/api/respond';
import { createApiToken } from '@/lib/auth/api-tokens';
import { requireSession } from '@/lib/auth/require-editor';
import { getStore } from '@/lib/store';

/** Only a signed-in editor lists, creates and revokes API tokens; a token cannot mint another. */
export const GET = apiRoute(async (request: Request) => {
  await requireSession(request);
  return privateJson({ tokens: await (await getStore()).listApiTokens() });
});

export const POST = apiRoute(async (request: Request) => {
  await requireSession(request);
  const { name } = await readJson(request, NewApiTokenRequest, JSON_BODY_LIMIT);
  return privateJson(await createApiToken(name), 201);
});
