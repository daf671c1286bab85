import Papa from 'papaparse';
import { TIMELINEJS_SHEET_COLUMNS } from '../model';
import { ImportError, type ImportedTimeline } from './imported-timeline';
import { timelineFromTimelineJs } from './timelinejs-format';

type Row = Partial<Record<(typeof TIMELINEJS_SHEET_COLUMNS)[number], string>>;

/** The template's Time column: `14:30`, `14:30:15`, `2:30 PM`. */
function clock(text: string, row: number): { hour?: number; minute?: number; second?: number } {
  if (!text) return {};
  const m = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*([ap])?\.?\s*m?\.?$/i.exec(text);
  if (!m) throw new ImportError(`row ${row}: cannot read the time "${text.slice(0, 40)}"`, { row });
  let hour = Number(m[1]);
  if (m[4]) hour = (hour % 12) + (m[4].toLowerCase() === 'p' ? 12 : 0);
  return { hour, minute: Number(m[2] ?? 0), ...(m[3] ? { second: Number(m[3]) } : {}) };
}

function date(row: Row, prefix: '' | 'End ', line: number) {
  const year = row[`${prefix}Year`]?.trim();
  if (!year) return undefined;
  return { year, month: row[`${prefix}Month`]?.trim(), day: row[`${prefix}Day`]?.trim(), ...clock(row[`${prefix}Time`]?.trim() ?? '', line) };
}

/** One sheet row as a TimelineJS slide (still unchecked: TimelineJs.parse checks it after). */
function slide(row: Row, line: number) {
  const media = row.Media?.trim();
  const background = row.Background?.trim();
  return {
    start_date: date(row, '', line),
    end_date: date(row, 'End ', line),
    display_date: row['Display Date']?.trim() || undefined,
    text: { headline: row.Headline ?? '', text: row.Text ?? '' },
    group: row.Group?.trim() || undefined,
    ...(media ? { media: { url: media, credit: row['Media Credit'], caption: row['Media Caption'], thumbnail: row['Media Thumbnail'] } } : {}),
    ...(background ? { background: background.startsWith('#') ? { color: background } : { url: background } } : {}),
  };
}

/**
 * The TimelineJS Google-Sheets template, downloaded as CSV, as a new timeline. A row of Type "title" gives
 * the timeline's title; era rows are skipped (we have no eras); every other row is a slide and needs a Year.
 */
export function timelineFromSheet(csv: string, wanted: { slug?: string; title?: string }): ImportedTimeline {
  const parsed = Papa.parse<Row>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy', transformHeader: (h) => h.trim() });
  const fields = parsed.meta.fields ?? [];
  const missing = ['Year', 'Headline'].filter((f) => !fields.includes(f));
  if (missing.length) {
    throw new ImportError(`not the TimelineJS sheet template: no ${missing.join(' or ')} column`, { expected: TIMELINEJS_SHEET_COLUMNS });
  }
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  if (fatal) throw new ImportError(`row ${(fatal.row ?? 0) + 2}: ${fatal.message}`, { row: (fatal.row ?? 0) + 2 });

  let title: ReturnType<typeof slide> | undefined;
  const events: ReturnType<typeof slide>[] = [];
  parsed.data.forEach((row, index) => {
    const line = index + 2;
    const type = row.Type?.trim().toLowerCase();
    if (type === 'title') title = slide(row, line);
    else if (type === 'era') return;
    else if (!row.Year?.trim()) throw new ImportError(`row ${line}: Year is empty`, { row: line });
    else events.push(slide(row, line));
  });
  return timelineFromTimelineJs({ title, events }, wanted);
}
