import { gzipSync } from 'node:zlib';
import { eventsFilePath, readEventsFile } from '@/lib/permalink/events-file';
import { makeEvent } from './fixtures';

describe('events file', () => {
  test('eventsFilePath names the file by key under the embed, with the search when there is one', () => {
    expect(eventsFilePath('royal-family', 'abc')).toBe('/embed/royal-family/data/abc');
    expect(eventsFilePath('royal-family', 'abc', 'King & Queen')).toBe('/embed/royal-family/data/abc?q=King+%26+Queen');
  });

  test('readEventsFile unzips the file and gives the events back as they were', async () => {
    const events = [makeEvent(), makeEvent({ id: 'another-event', title: 'Ünïcödé “quotes” </script>' })];
    const response = new Response(new Uint8Array(gzipSync(JSON.stringify(events))), { headers: { 'Content-Type': 'application/gzip' } });
    expect(await readEventsFile(response)).toEqual(events);
  });

  test('readEventsFile says which status came back instead of a file', async () => {
    await expect(readEventsFile(new Response('There is no timeline.', { status: 404 }))).rejects.toThrow('HTTP 404');
  });
});
