import type { LaneMode } from '@/lib/timeline/lanes';
import type { NameFilter } from '@/lib/timeline/timeline-data';

// Shared by the server that writes the embed document and the script that reads it; kept free of
// dependencies because it ends up in the embed bundle.

/** Where the timeline embed finds its data, and what it holds. */
export const EMBED_DATA_ID = 'timeline-data';

export interface TimelineEmbedData {
  title: string;
  /** Absolute URL of the full timeline page, without a view; the script appends the current one. */
  pageUrl: string;
  /** Absolute URL prefix of event permalinks: `${eventUrlBase}/${id}`. */
  eventUrlBase: string;
  /** Address of the events file (events-file.ts), relative to the embed. */
  eventsUrl: string;
  height?: number;
  window: { from: string; to: string } | null;
  selectedId: string | null;
  laneMode: LaneMode;
  filter: NameFilter;
}
