import { randomBytes } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import type { Event } from '@/lib/model';
import { eventsFileKey, keptEventsFiles } from '@/lib/permalink/kept-events-files';
import { makeEvent } from './fixtures';

const unzip = (file: Uint8Array) => JSON.parse(gunzipSync(file).toString('utf8')) as Event[];

describe('eventsFileKey', () => {
  test('names a timeline, its version and the search apart', () => {
    const keys = [
      eventsFileKey('royal-family', '2024-02-17T00:00:00.000Z'),
      eventsFileKey('royal-family', '2024-02-17T00:00:00.001Z'),
      eventsFileKey('other-timeline', '2024-02-17T00:00:00.000Z'),
      eventsFileKey('royal-family', '2024-02-17T00:00:00.000Z', 'king'),
    ];
    expect(new Set(keys).size).toBe(4);
    expect(eventsFileKey('royal-family', '2024-02-17T00:00:00.000Z')).toBe(keys[0]);
    for (const key of keys) expect(key).toMatch(/^[\w-]{22}$/);
  });
});

describe('keptEventsFiles', () => {
  test('zips the events once per key, also for readers who ask while it is zipping', async () => {
    const eventsFile = keptEventsFiles(1024 * 1024);
    const load = jest.fn(async () => [makeEvent()]);
    const [first, second] = await Promise.all([eventsFile('a', load), eventsFile('a', load)]);
    expect(await eventsFile('a', load)).toBe(first);
    expect(second).toBe(first);
    expect(load).toHaveBeenCalledTimes(1);
    expect(unzip(first)).toEqual([makeEvent()]);
  });

  test('a new key (the timeline changed) zips afresh', async () => {
    const eventsFile = keptEventsFiles(1024 * 1024);
    await eventsFile('v1', async () => [makeEvent({ title: 'Old title' })]);
    expect(unzip(await eventsFile('v2', async () => [makeEvent({ title: 'New title' })]))[0].title).toBe('New title');
  });

  test('a failed load is not kept', async () => {
    const eventsFile = keptEventsFiles(1024 * 1024);
    await expect(eventsFile('a', async () => Promise.reject(new Error('store down')))).rejects.toThrow('store down');
    expect(unzip(await eventsFile('a', async () => [makeEvent()]))).toHaveLength(1);
  });

  test('keeps memory bounded by dropping the least recently used files', async () => {
    const eventsFile = keptEventsFiles(64 * 1024);
    // Random base64 barely compresses: each file is about 46 KB, so two do not fit.
    const big = (n: number) => async () => [makeEvent({ summary: randomBytes(45 * 1024).toString('base64') + n })];
    await eventsFile('a', big(1));
    await eventsFile('b', big(2));
    const again = jest.fn(big(3));
    await eventsFile('b', again);
    expect(again).not.toHaveBeenCalled();
    await eventsFile('a', again);
    expect(again).toHaveBeenCalledTimes(1);
  });
});
