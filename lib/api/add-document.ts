import { createHash } from 'node:crypto';
import { AddDocumentRequest, DocumentId, type NewEvent } from '../model';
import { slugify } from '../extract/event-ids';
import { mergeIntoTimeline } from '../extract/merge-events';
import { getStore } from '../store';
import { invalid, notFound } from './api-error';
import { JSON_BODY_LIMIT } from './body-limits';
import { extractInWorker } from './extract-pool';
import { readArticleUpload } from './read-article-upload';
import { readJson, requireContentType } from './read-body';
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
  const { article, fileName, form } = await readArticleUpload(request);
  const field = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  const parsed = AddDocumentRequest.safeParse({
    id: field('id'),
    title: field('title') ?? article.title,
    source: field('source') ?? fileName,
    dct: field('dct'),
    text: article.text,
  });
  if (!parsed.success) throw invalid('invalid upload fields', zodDetails(parsed.error));
  return parsed.data;
}

/** Reviewed events, as the client sent them, tied to this document; offsets outside its text are refused. */
function reviewedEvents(events: NewEvent[], docId: string, text: string): NewEvent[] {
  return events.map((event, i) => ({
    ...event,
    mentions: (event.mentions ?? []).map((m, j) => {
      if (m.end > text.length) throw invalid(`events[${i}].mentions[${j}] points past the end of the text`);
      return { ...m, documentId: docId };
    }),
  }));
}

/**
 * Stores an article with its events in one transaction: the events an editor reviewed, or else those
 * extracted now (in a worker, under the deadline). Events that tell a happening already on the timeline
 * take its id, so the store merges them and existing ids never change.
 */
export async function addDocument(request: Request, slug: string) {
  const store = await getStore();
  if (!(await store.getTimeline(slug))) throw notFound('timeline');
  const article = await articleOf(request);
  const id = article.id ?? documentId(article.title, article.text);
  // Reviewed events with their publication date need no extraction; otherwise it finds the events, or the date.
  const reviewedWithDate = article.events && article.dct;
  const extraction = reviewedWithDate ? null : await extractInWorker({ id, text: article.text, dct: article.dct });
  const documentDct = extraction?.dct ?? { value: article.dct ?? null, source: 'given' as const, reason: 'given with the reviewed events' };
  const incoming = article.events ? reviewedEvents(article.events, id, article.text) : extraction!.events;
  const { events: existing } = await store.listEvents(slug);
  const added = await store.addDocument(
    slug,
    { id, title: article.title, source: article.source, dct: documentDct, text: article.text },
    mergeIntoTimeline(existing, incoming),
  );
  const { id: docId, timeline, title, source, dct, addedAt } = added.document;
  return { document: { id: docId, timeline, title, source, dct, addedAt }, events: added.events };
}
