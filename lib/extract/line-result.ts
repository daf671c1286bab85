// What `extract --jsonl` passes around per line. Kept apart from extract-line.ts so that the main
// thread of a pooled run can name these without loading the extractor (and compromise) itself.

/** One input line to extract; `fallbackId` names a line that has no id. */
export interface LineTask {
  line: string;
  fallbackId: string;
}

/** One output line, and how many events it holds (for `--stats`, without parsing the line again). */
export interface LineResult {
  json: string;
  events: number;
  failed: boolean;
}

/** The output line for an input line that could not be processed. */
export const errorLine = (id: string, error: string): LineResult => ({ json: JSON.stringify({ id, error }), events: 0, failed: true });
