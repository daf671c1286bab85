import Papa from 'papaparse';
import type { Event } from '../model';

const COLUMNS = [
  'id',
  'title',
  'summary',
  'date',
  'start',
  'end',
  'granularity',
  'approximate',
  'confidence',
  'people',
  'places',
  'organizations',
  'tags',
  'edited_by_hand',
] as const;

/**
 * A spreadsheet opens a cell that starts with = + - @ (or a tab or CR) as a formula; free text is quoted
 * with a leading apostrophe so an article cannot smuggle one in (OWASP "CSV injection").
 */
function cellText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const names = (list: string[]) => cellText(list.join('; '));

/** Events as CSV, one row each, with the columns above; lists are joined with "; ". */
export function eventsToCsv(events: Event[]): string {
  const rows = events.map((e) => [
    e.id,
    cellText(e.title),
    cellText(e.summary),
    e.date.value,
    e.date.start,
    e.date.end,
    e.date.granularity,
    String(e.date.approximate),
    String(e.confidence),
    names(e.people),
    names(e.places),
    names(e.organizations),
    names(e.tags),
    String(e.editedByHand),
  ]);
  return `${Papa.unparse({ fields: [...COLUMNS], data: rows }, { newline: '\r\n' })}\r\n`;
}
