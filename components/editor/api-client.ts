import type { Dct, Event, NewEvent, Timeline } from '@/lib/model';

/** A failed API call, with the server's own message: it is written for people. */
export class ApiCallError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function call<T>(path: string, init: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, credentials: 'same-origin' });
  } catch {
    throw new ApiCallError(0, 'the server could not be reached; check the connection and try again');
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const message = body?.error?.message ?? `the server answered ${response.status}`;
    throw new ApiCallError(response.status, response.status === 401 ? `${message} (your session may have ended: sign in again)` : message);
  }
  return body as T;
}

const json = (method: string, data: unknown): RequestInit => ({ method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(data) });

export interface Extraction {
  dct: Dct;
  events: NewEvent[];
}

/** An uploaded file read to its article text on the server (nothing stored). */
export function readArticleFile(file: File): Promise<{ title: string; text: string }> {
  const form = new FormData();
  form.set('file', file);
  return call('/api/uploads', { method: 'POST', body: form });
}

export function extract(text: string, dct?: string, title?: string): Promise<Extraction> {
  return call('/api/extract', json('POST', { text, ...(dct ? { dct } : {}), ...(title ? { title } : {}) }));
}

export async function createTimeline(slug: string, title: string, description: string): Promise<Timeline> {
  return (await call<{ timeline: Timeline }>('/api/timelines', json('POST', { slug, title, description }))).timeline;
}

export interface ReviewedArticle {
  title: string;
  source: string;
  dct?: string;
  text: string;
  events: NewEvent[];
}

/** Saves an article with the events the editor accepted; the server merges them into the timeline's. */
export function saveArticle(slug: string, article: ReviewedArticle): Promise<{ events: Event[] }> {
  return call(`/api/timelines/${slug}/documents`, json('POST', article));
}

export function updateEvent(slug: string, id: string, patch: Partial<Pick<Event, 'title' | 'summary' | 'date' | 'tags'>>): Promise<{ event: Event }> {
  return call(`/api/timelines/${slug}/events/${id}`, json('PATCH', patch));
}

export function deleteEvent(slug: string, id: string): Promise<unknown> {
  return call(`/api/timelines/${slug}/events/${id}`, { method: 'DELETE' });
}

export function mergeEvents(slug: string, keepId: string, fromIds: string[]): Promise<{ event: Event }> {
  return call(`/api/timelines/${slug}/events/${keepId}/merge`, json('POST', { from: fromIds }));
}

export function addEvent(slug: string, event: Omit<NewEvent, 'id'> & { id?: string }): Promise<{ event: Event }> {
  return call(`/api/timelines/${slug}/events`, json('POST', event));
}
