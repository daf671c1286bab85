import { ExtractRequest } from '@/lib/model';
import { apiRoute } from '@/lib/api/api-route';
import { JSON_BODY_LIMIT } from '@/lib/api/body-limits';
import { extractInWorker } from '@/lib/api/extract-pool';
import { clientAddress, extractLimiter } from '@/lib/api/rate-limit';
import { readJson } from '@/lib/api/read-body';
import { privateJson } from '@/lib/api/respond';

/** Runs the extractor on a text and returns what it found; nothing is stored. */
export const POST = apiRoute(async (request: Request) => {
  await extractLimiter.check(clientAddress(request));
  const { text, dct } = await readJson(request, ExtractRequest, JSON_BODY_LIMIT);
  return privateJson(await extractInWorker({ id: 'extract', text, dct }));
});
