import { ApiTokenId } from '@/lib/model';
import { apiRoute } from '@/lib/api/api-route';
import { notFound } from '@/lib/api/api-error';
import { requireSession } from '@/lib/auth/require-editor';
import { getStore } from '@/lib/store';

type Context = { params: Promise<{ id: string }> };

export const DELETE = apiRoute(async (request: Request, { params }: Context) => {
  await requireSession(request);
  const id = ApiTokenId.safeParse((await params).id);
  if (!id.success || !(await (await getStore()).revokeApiToken(id.data))) throw notFound('API token');
  return new Response(null, { status: 204 });
});
