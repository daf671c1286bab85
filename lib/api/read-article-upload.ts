import { readUpload, UnreadableDocumentError, type UploadedArticle } from '../documents/read-upload';
import { ApiError, invalid } from './api-error';
import { UPLOAD_BODY_LIMIT } from './body-limits';
import { readBodyBytes } from './read-body';

/**
 * A multipart upload of one .txt, .md or .html file in the field "file" (up to 20 MB), read to its article
 * text, with the form's other fields. An unreadable file is a 415 whose message says what to do.
 */
export async function readArticleUpload(request: Request): Promise<{ article: UploadedArticle; fileName: string; form: FormData }> {
  const bytes = await readBodyBytes(request, UPLOAD_BODY_LIMIT);
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(bytes), { headers: { 'content-type': request.headers.get('content-type')! } }).formData();
  } catch {
    throw invalid('the multipart body cannot be read');
  }
  const file = form.get('file');
  if (!(file instanceof File)) throw invalid('the upload needs a file in the field "file"');
  try {
    return { article: readUpload(file.name, new Uint8Array(await file.arrayBuffer())), fileName: file.name, form };
  } catch (error) {
    if (error instanceof UnreadableDocumentError) throw new ApiError(415, 'unsupported_media_type', error.message);
    throw error;
  }
}
