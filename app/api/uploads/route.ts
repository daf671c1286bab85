import { apiRoute } from '@/lib/api/api-route';
import { readArticleUpload } from '@/lib/api/read-article-upload';
import { requireContentType } from '@/lib/api/read-body';
import { clientAddress, uploadLimiter } from '@/lib/api/rate-limit';
import { privateJson } from '@/lib/api/respond';
import { requireEditor } from '@/lib/auth/require-editor';

/** Reads an uploaded .txt, .md or .html article to its title and text, for the editor's preview; nothing is stored. */
export const POST = apiRoute(async (request: Request) => {
  await requireEditor(request);
  await uploadLimiter.check(clientAddress(request));
  requireContentType(request, ['multipart/form-data']);
  const { article } = await readArticleUpload(request);
  return privateJson(article);
});
