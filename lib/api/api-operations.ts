import type { z } from 'zod';
import * as model from '../model';

/** One endpoint as the OpenAPI document and the docs page describe it; the schemas are the ones the routes parse with. */
export interface ApiOperation {
  method: 'get' | 'post' | 'patch' | 'delete';
  path: string;
  summary: string;
  /** Needs an editor session (cookie, same origin) or an API token; `session` needs the cookie. */
  auth?: 'editor' | 'session';
  query?: z.ZodObject;
  body?: { schema?: z.ZodType; types: string[] };
  response: { status: number; schema?: z.ZodType; types?: string[] };
  /** What else it can answer: rate limits (429), a busy extractor or store (503), an extraction past its time (504). */
  limits?: Array<429 | 503 | 504>;
}

/** Runs the extractor within a request: it can be rate limited, find the extractor busy, or run out of time. */
const EXTRACTS: ApiOperation['limits'] = [429, 503, 504];

const json = ['application/json'];

export const API_OPERATIONS: ApiOperation[] = [
  { method: 'get', path: '/api/timelines', summary: 'List the timelines, with event counts and date ranges.', response: { status: 200, schema: model.TimelineList } },
  { method: 'post', path: '/api/timelines', summary: 'Create a timeline.', auth: 'editor', body: { schema: model.NewTimeline, types: json }, response: { status: 201, schema: model.Timeline } },
  {
    method: 'get',
    path: '/api/timelines/{slug}',
    summary: 'A timeline and one page of its events in time order, filtered; follow `next` with `?cursor=`.',
    query: model.EventListQuery,
    response: { status: 200, schema: model.TimelinePage },
  },
  { method: 'patch', path: '/api/timelines/{slug}', summary: "Change a timeline's title or description.", auth: 'editor', body: { schema: model.TimelinePatch, types: json }, response: { status: 200, schema: model.Timeline } },
  { method: 'delete', path: '/api/timelines/{slug}', summary: 'Delete a timeline with its documents and events.', auth: 'editor', response: { status: 204 } },
  {
    method: 'post',
    path: '/api/timelines/{slug}/documents',
    summary: 'Add an article (JSON, or a .txt/.md/.html file as multipart field "file", up to 20 MB); its events are extracted and stored.',
    auth: 'editor',
    body: { schema: model.AddDocumentRequest, types: ['application/json', 'multipart/form-data'] },
    response: { status: 201, schema: model.AddDocumentResponse },
    limits: EXTRACTS,
  },
  {
    method: 'post',
    path: '/api/timelines/{slug}/documents/{documentId}/reextract',
    summary: "Extract a stored article's events again and merge them in; events edited by hand keep the editor's wording.",
    auth: 'editor',
    response: { status: 200, schema: model.ReextractResponse },
    limits: [503, 504],
  },
  {
    method: 'post',
    path: '/api/timelines/{slug}/events',
    summary: 'Add an event by hand; its id is made from its date and title unless given.',
    auth: 'editor',
    body: { schema: model.AddEventRequest, types: json },
    response: { status: 201, schema: model.EventResponse },
  },
  { method: 'get', path: '/api/timelines/{slug}/events/{eventId}', summary: 'One event.', response: { status: 200, schema: model.EventResponse } },
  {
    method: 'patch',
    path: '/api/timelines/{slug}/events/{eventId}',
    summary: 'Edit an event; it becomes edited by hand, so later extraction never overwrites it.',
    auth: 'editor',
    body: { schema: model.EventPatch, types: json },
    response: { status: 200, schema: model.EventResponse },
  },
  { method: 'delete', path: '/api/timelines/{slug}/events/{eventId}', summary: 'Delete an event.', auth: 'editor', response: { status: 204 } },
  {
    method: 'post',
    path: '/api/timelines/{slug}/events/{eventId}/merge',
    summary: "Merge other events into this one: it gains their mentions, names and tags; they are deleted.",
    auth: 'editor',
    body: { schema: model.MergeEventsRequest, types: json },
    response: { status: 200, schema: model.EventResponse },
  },
  {
    method: 'get',
    path: '/api/timelines/{slug}/export',
    summary: 'Download the timeline as our JSON, CSV, iCalendar or TimelineJS JSON.',
    query: model.ExportQuery,
    response: { status: 200, types: ['application/json', 'text/csv', 'text/calendar'] },
  },
  {
    method: 'post',
    path: '/api/timelines/import',
    summary: 'Import a file as a new timeline: our JSON export, TimelineJS JSON, or the TimelineJS Google-Sheets template as CSV (up to 20 MB).',
    auth: 'editor',
    query: model.ImportQuery,
    body: { types: ['application/json', 'text/csv'] },
    response: { status: 201, schema: model.ImportResponse },
    limits: [429],
  },
  {
    method: 'post',
    path: '/api/uploads',
    summary: 'Read an uploaded .txt, .md or .html article (multipart field "file", up to 20 MB) to its title and text, for a preview; nothing is stored.',
    auth: 'editor',
    body: { types: ['multipart/form-data'] },
    response: { status: 200, schema: model.ReadUploadResponse },
    limits: [429],
  },
  { method: 'post', path: '/api/extract', summary: 'Run the extractor on a text; nothing is stored. Rate limited per address.', body: { schema: model.ExtractRequest, types: json }, response: { status: 200, schema: model.ExtractResponse }, limits: EXTRACTS },
  { method: 'post', path: '/api/auth/sign-in', summary: 'Sign in with the one-time link token or the admin password (JSON or a form post).', body: { schema: model.SignInRequest, types: ['application/json', 'application/x-www-form-urlencoded'] }, response: { status: 200, schema: model.SessionInfo }, limits: [429, 503] },
  { method: 'post', path: '/api/auth/sign-out', summary: 'Sign out: ends the session, for copies of its cookie too, and clears the cookie.', response: { status: 200, schema: model.SessionInfo } },
  { method: 'get', path: '/api/auth/session', summary: 'Whether this request is signed in.', response: { status: 200, schema: model.SessionInfo } },
  { method: 'get', path: '/api/auth/tokens', summary: 'List API tokens (never the tokens themselves).', auth: 'session', response: { status: 200, schema: model.ApiTokenList } },
  { method: 'post', path: '/api/auth/tokens', summary: 'Create an API token; it is shown once.', auth: 'session', body: { schema: model.NewApiTokenRequest, types: json }, response: { status: 201, schema: model.NewApiTokenResponse } },
  { method: 'delete', path: '/api/auth/tokens/{id}', summary: 'Revoke an API token.', auth: 'session', response: { status: 204 } },
];
