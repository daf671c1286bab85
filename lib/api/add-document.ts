import { createHash } from 'node:crypto';
import { AddDocumentRequest, DocumentId } from '../model';
import { readUpload, UnreadableDocumentError } from '../documents/read-upload';
import { slugify } from '../extract/event-ids';
import { getStore } from '../store';
import { ApiError, invalid, notFound } from './api-error';
import { JSON_BODY_LIMIT, UPLOAD_BODY_LIMIT } from './body-limits';
import { extractInWorker } from './extract-pool';
import { readBodyBytes, readJson, requireContentType } from './read-body';
import { zodDetails } from './zod-details';

/** A document id from its title, else from its text, so that re-posting the same article is a 409, not a copy. */
function documentId(title: string, text: string): string {
  const fromTitle = slugify(title).slice(0, 80).replace(/-+$/, '');
  if (fromTitle && DocumentId.safeParse(fromTitle).success) return fromTitle;
  return `doc-${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;
}

/**
 * The article in the request: JSON (AddDocumentRequest, up to 1 MB) or a multipart upload of one .txt,
 * .md or .html file in the field "file" (up to 20 MB), with optional fields id, title, source, dct.
 */
async function articleOf(request: Request): Promise<AddDocumentRequest> {
  const type = requireContentType(request, ['application/json', 'multipart/form-data']);
  if (type === 'application/json') return readJson(request, AddDocumentRequest, JSON_BODY_LIMIT);
  const bytes = await readBodyBytes(request, UPLOAD_BODY_LIMIT);
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(bytes), { headers: { 'content-type': request.headers.get('content-type')! } }).formData();
  } catch {
    throw invalid('the multipart body cannot be read');
  }
  const file = form.get('file');
  if (!(file instanceof File)) throw invalid('the upload needs a file in the field "file"');
  let upload;
  try {
    upload = readUpload(file.name, new Uint8Array(await file.arrayBuffer()));
  } catch (error) {
    if (error instanceof UnreadableDocumentError) throw new ApiError(415, 'unsupported_media_type', error.message);
    throw error;
  }
  const field = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  const parsed = AddDocumentRequest.safeParse({
    id: field('id'),
    title: field('title') ?? upload.title,
    source: field('source') ?? file.name,
    dct: field('dct'),
    text: upload.text,
  });
  if (!parsed.success) throw invalid('invalid upload fields', zodDetails(parsed.error));
  return parsed.data;
}

/** Extracts the article's events (in a worker, under the deadline) and stores both in one transaction. */
export async function addDocument(request: Request, slug: string) {
  const store = await getStore();
  if (!(await store.getTimeline(slug))) throw notFound('timeline');
  const article = await articleOf(request);
  const id = article.id ?? documentId(article.title, article.text);
  const extraction = await extractInWorker({ id, text: article.text, dct: article.dct });
  const added = await store.addDocument(slug, { id, title: article.title, source: article.source, dct: extraction.dct, text: article.text }, extraction.events);
  const { id: docId, timeline, title, source, dct, addedAt } = added.document;
  return { document: { id: docId, timeline, title, source, dct, addedAt }, events: added.events };
}
