import type { Event, ExportFormat } from '../model';
import { collectTimeline } from '../exchange/collect-timeline';
import { eventsToCsv } from '../exchange/csv-format';
import { eventsToIcs } from '../exchange/ics-format';
import { timelineToJson } from '../exchange/json-format';
import { timelineToTimelineJs } from '../exchange/timelinejs-format';
import { requestOrigin } from '../auth/same-origin';
import { getStore } from '../store';
import { notFound } from './api-error';
import { publicBody } from './respond';

const FILES: Record<ExportFormat, { type: string; extension: string }> = {
  json: { type: 'application/json; charset=utf-8', extension: 'timeline.json' },
  csv: { type: 'text/csv; charset=utf-8', extension: 'csv' },
  ics: { type: 'text/calendar; charset=utf-8', extension: 'ics' },
  timelinejs: { type: 'application/json; charset=utf-8', extension: 'timelinejs.json' },
};

/** A whole timeline as a download in `format`. */
export async function exportTimeline(request: Request, slug: string, format: ExportFormat): Promise<Response> {
  const data = await collectTimeline(await getStore(), slug);
  if (!data) throw notFound('timeline');
  const origin = requestOrigin(request);
  const eventUrl = (e: Event) => `${origin}/timelines/${slug}/events/${e.id}`;
  const body =
    format === 'json'
      ? timelineToJson(data)
      : format === 'csv'
        ? eventsToCsv(data.events)
        : format === 'ics'
          ? eventsToIcs(data.timeline, data.events, eventUrl)
          : `${JSON.stringify(timelineToTimelineJs(data.timeline, data.events), null, 2)}\n`;
  const file = FILES[format];
  // The slug is [a-z0-9-] only, so the file name needs no quoting beyond the quotes.
  return publicBody(request, body, { 'Content-Type': file.type, 'Content-Disposition': `attachment; filename="${slug}.${file.extension}"` });
}
