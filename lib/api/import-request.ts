import type { ImportQuery } from '../model';
import { importTimeline } from '../exchange/import-timeline';
import type { ImportedTimeline } from '../exchange/imported-timeline';
import { timelineFromJson } from '../exchange/json-format';
import { timelineFromSheet } from '../exchange/sheet-format';
import { timelineFromTimelineJs } from '../exchange/timelinejs-format';
import { getStore } from '../store';
import { invalid } from './api-error';
import { UPLOAD_BODY_LIMIT } from './body-limits';
import { readBodyText, requireContentType } from './read-body';

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw invalid('the file is not valid JSON', { reason: error instanceof Error ? error.message : String(error) });
  }
}

/** Reads the uploaded file (the raw body, up to 20 MB) in the format asked for and writes it as a new timeline. */
export async function importRequest(request: Request, query: ImportQuery) {
  const wanted = { slug: query.slug, title: query.title };
  let imported: ImportedTimeline;
  if (query.format === 'sheet') {
    requireContentType(request, ['text/csv', 'text/plain']);
    imported = timelineFromSheet(await readBodyText(request, UPLOAD_BODY_LIMIT), wanted);
  } else {
    requireContentType(request, ['application/json']);
    const value = parseJson(await readBodyText(request, UPLOAD_BODY_LIMIT));
    if (query.format === 'timelinejs') {
      imported = timelineFromTimelineJs(value, wanted);
    } else {
      imported = timelineFromJson(value);
      if (query.slug) imported.timeline.slug = query.slug;
      if (query.title) imported.timeline.title = query.title;
    }
  }
  return importTimeline(await getStore(), imported);
}
