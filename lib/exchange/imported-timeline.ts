import type { NewDocument, NewEvent, NewTimeline } from '../model';

/** What any import format becomes before it is written: one timeline, its documents, its events. */
export interface ImportedTimeline {
  timeline: NewTimeline;
  documents: NewDocument[];
  events: NewEvent[];
}

/** Thrown for a file that parses but cannot be imported (a slide without a date, a year TIMEX3 cannot hold). */
export class ImportError extends Error {
  constructor(
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}
