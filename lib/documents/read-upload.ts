import { decodeText, UnreadableDocumentError } from './decode-text';
import { htmlToArticle } from './html-to-article';
import { markdownToText } from './markdown-to-text';

export { UnreadableDocumentError };

/** Largest upload accepted, per file. */
export const UPLOAD_MAX_BYTES = 20 * 1024 * 1024;

export interface UploadedArticle {
  /** The file's name without its extension, as a fallback title. */
  name: string;
  title: string;
  text: string;
}

function stem(name: string): string {
  return name.replace(/\.[^.]+$/, '');
}

/** An uploaded .txt, .md or .html file to an article's title and plain text, or a clear error. */
export function readUpload(name: string, bytes: Uint8Array): UploadedArticle {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (!extension || !['txt', 'text', 'md', 'markdown', 'html', 'htm'].includes(extension)) {
    throw new UnreadableDocumentError(`${name}: only .txt, .md and .html files can be read.`);
  }
  if (bytes.length > UPLOAD_MAX_BYTES) {
    throw new UnreadableDocumentError(`${name} is ${(bytes.length / 1048576).toFixed(1)} MB; the limit is 20 MB per file.`);
  }
  const raw = decodeText(bytes, name);
  const article =
    extension === 'html' || extension === 'htm'
      ? htmlToArticle(raw)
      : { title: '', text: extension === 'md' || extension === 'markdown' ? markdownToText(raw) : raw.trim() };
  if (!article.text.trim()) throw new UnreadableDocumentError(`${name} has no readable text.`);
  return { name: stem(name), title: article.title || stem(name), text: article.text };
}
