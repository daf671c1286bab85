import { NewDocument, NewEvent, NewTimeline, TimelineExport } from '../model';
import type { ImportedTimeline } from './imported-timeline';

/** Our export, as a file. */
export function timelineToJson(data: TimelineExport): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

/**
 * Reads our export back. The New* schemas drop what the store stamps anew when it writes (createdAt,
 * updatedAt, addedAt): those stamps are the only fields an import does not carry over.
 */
export function timelineFromJson(value: unknown): ImportedTimeline {
  const data = TimelineExport.parse(value);
  return {
    timeline: NewTimeline.parse(data.timeline),
    documents: data.documents.map((document) => NewDocument.parse(document)),
    events: data.events.map((event) => NewEvent.parse(event)),
  };
}
