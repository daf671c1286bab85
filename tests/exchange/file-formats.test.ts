import Papa from 'papaparse';
import { eventsToCsv } from '@/lib/exchange/csv-format';
import { escapeText, eventsToIcs, foldLine } from '@/lib/exchange/ics-format';
import { timelineFromSheet } from '@/lib/exchange/sheet-format';
import { Event, type Timeline } from '@/lib/model';
import { awkwardEvents } from './sample-timeline';

const stamp = '2024-03-01T12:00:00.000Z';
const timeline: Timeline = { slug: 'sample', title: 'Sample, with; specials', description: '', createdAt: stamp, updatedAt: stamp };
const events = awkwardEvents.map((e) => Event.parse({ ...e, timeline: 'sample', createdAt: stamp, updatedAt: stamp }));

describe('iCalendar', () => {
  const ics = eventsToIcs(timeline, events, (e) => `https://example.org/timelines/sample/events/${e.id}`);
  const unfolded = ics.replace(/\r\n /g, '');

  test('escapes TEXT values as RFC 5545 3.3.11 says', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    expect(unfolded).toContain('X-WR-CALNAME:Sample\\, with\\; specials');
  });

  test('folds lines at 75 octets without splitting a UTF-8 character', () => {
    const line = `SUMMARY:${'é'.repeat(60)}🗓️${'x'.repeat(80)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(folded).not.toContain('\uFFFD');
    for (const raw of ics.split('\r\n')) expect(Buffer.byteLength(raw)).toBeLessThanOrEqual(75);
  });

  test('writes days and spans as all-day events with an exclusive end, times as instants', () => {
    expect(unfolded).toContain('DTSTART;VALUE=DATE:20240205\r\nDTEND;VALUE=DATE:20240212');
    expect(unfolded).toContain('DTSTART:20240212T103000Z\r\nSUMMARY:Press conference');
    expect(unfolded).toContain('UID:2024-w06-a-week-of-talks@sample.timeline');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.split('\r\n').filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
  });

  test('leaves out dates iCalendar cannot hold (before year 1)', () => {
    expect(unfolded).not.toContain('Caesar');
  });
});

describe('CSV', () => {
  const csv = eventsToCsv(events);
  const rows = Papa.parse<Record<string, string>>(csv.trim(), { header: true }).data;

  test('one row per event with quoted newlines and commas intact', () => {
    expect(rows).toHaveLength(3);
    expect(rows[0].summary).toBe(events[0].summary);
    expect(rows[0].people).toBe('Julius Caesar; Brutus');
    expect(rows[1].start).toBe('2024-02-05T00:00:00.000Z');
  });

  test('defuses spreadsheet formulas in free text', () => {
    expect(rows[0].tags).toBe(`'=HYPERLINK("http://evil"); antiquity`);
  });
});

describe('TimelineJS sheet template (CSV)', () => {
  const header = 'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';
  const sheet = [
    header,
    ',,,,,,,,,"Our <b>story</b>","An intro, with a comma",,,,,title,,',
    '1914,,,,1918,,,,,Great War,,,,,,era,,',
    '2024,1,29,2:30 PM,,,,,,King leaves clinic,"<p>First</p><p>Second &amp; third</p>",https://img.example/a.jpg,AP,Caption,,,Royals,#ffcc00',
    '2024,2,5,,2024,2,11,,,A week,,,,,,,,',
    '-44,3,15,,,,,,,Ides of March,,,,,,,,',
    '',
  ].join('\r\n');

  test('reads the title row, skips eras, and turns rows into events', () => {
    const imported = timelineFromSheet(`\uFEFF${sheet}`, {});
    expect(imported.timeline).toEqual({ slug: 'our-story', title: 'Our story', description: 'An intro, with a comma' });
    expect(imported.events.map((e) => e.title)).toEqual(['King leaves clinic', 'A week', 'Ides of March']);
    const [king, week, ides] = imported.events;
    expect(king.date).toMatchObject({ value: '2024-01-29T14:30', start: '2024-01-29T14:30:00.000Z', granularity: 'time' });
    expect(king.summary).toBe('First\nSecond & third');
    expect(king.tags).toEqual(['Royals']);
    expect(week.date).toMatchObject({ start: '2024-02-05T00:00:00.000Z', end: '2024-02-11T23:59:59.999Z', granularity: 'day' });
    expect(ides.date).toMatchObject({ value: '-0044-03-15', start: '-000044-03-15T00:00:00.000Z' });
  });

  test('says which row is wrong', () => {
    expect(() => timelineFromSheet(`${header}\r\n,,,,,,,,,No year,,,,,,,,`, { slug: 'x' })).toThrow('row 2: Year is empty');
    expect(() => timelineFromSheet(`${header}\r\n2024,1,1,25 o'clock,,,,,,Bad time,,,,,,,,`, { slug: 'x' })).toThrow(/row 2: cannot read the time/);
    expect(() => timelineFromSheet('Name,Date\r\nx,y', { slug: 'x' })).toThrow(/not the TimelineJS sheet template/);
  });
});
