import type { Event, Timeline } from '../model';

/** RFC 5545 3.3.11: backslash, semicolon, comma and newlines are escaped in TEXT values. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * RFC 5545 3.1: lines longer than 75 octets are folded with CRLF and one space. Cuts fall between
 * characters, never inside a UTF-8 sequence or a surrogate pair.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    // The first line holds 75 octets; continuation lines hold 74 after their leading space.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const basic = (iso: string) => iso.slice(0, 10).replace(/-/g, '');
const stamp = (iso: string) => `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`;
const nextDay = (iso: string) => new Date(Date.parse(iso.slice(0, 10)) + 86_400_000).toISOString();

/** iCalendar has four-digit years only; events outside 0001-01-01 .. 9999-12-30 cannot be written. */
const fitsIcs = (e: Event) => e.date.start >= '0001' && /^\d{4}-/.test(e.date.end) && e.date.end < '9999-12-31';

/**
 * Events as VEVENTs: a timed event at its instant, everything else as all-day events spanning the days it
 * covers (DTEND is exclusive, so the day after the last one). `eventUrl` gives each event's permalink.
 */
export function eventsToIcs(timeline: Timeline, events: Event[], eventUrl: (e: Event) => string): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Timeline//Timeline export//EN', 'CALSCALE:GREGORIAN', `X-WR-CALNAME:${escapeText(timeline.title)}`];
  for (const e of events.filter(fitsIcs)) {
    lines.push('BEGIN:VEVENT', `UID:${e.id}@${timeline.slug}.timeline`, `DTSTAMP:${stamp(e.updatedAt)}`);
    if (e.date.granularity === 'time') {
      lines.push(`DTSTART:${stamp(e.date.start)}`);
    } else {
      lines.push(`DTSTART;VALUE=DATE:${basic(e.date.start)}`, `DTEND;VALUE=DATE:${basic(nextDay(e.date.end))}`);
    }
    lines.push(`SUMMARY:${escapeText(e.title)}`);
    if (e.summary) lines.push(`DESCRIPTION:${escapeText(e.summary)}`);
    const categories = [...e.tags];
    if (categories.length) lines.push(`CATEGORIES:${categories.map(escapeText).join(',')}`);
    lines.push(`URL:${eventUrl(e)}`, 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
