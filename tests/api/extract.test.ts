import { call, setUpTempApp } from './route-harness';

setUpTempApp();
// A deadline short enough to hit with a long text, long enough for a short one on a busy machine.
process.env.TIMELINE_EXTRACT_TIMEOUT_MS = '4000';

import * as extract from '@/app/api/extract/route';

const post = (body: unknown, ip: string) => call(extract.POST, { method: 'POST', path: '/api/extract', body, headers: { 'x-forwarded-for': ip } });

describe('POST /api/extract', () => {
  test('returns the DCT, the timexes and the events, in a worker thread', async () => {
    const response = await post({ text: 'King Charles left the London Clinic on 29 January 2024.', dct: '2024-02-17' }, '10.3.0.1');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = await response.json();
    expect(body.dct).toMatchObject({ value: '2024-02-17', source: 'given' });
    expect(body.timexes[0]).toMatchObject({ text: '29 January 2024', value: '2024-01-29' });
    expect(body.events[0].date.value).toBe('2024-01-29');
  });

  test('stops an extraction that runs past the deadline with a 504, and keeps serving', async () => {
    const long = 'On 3 March 2021 the council met again, said the chair, after the storm of 2 March. '.repeat(6000);
    const slow = await post({ text: long }, '10.3.0.2');
    expect(slow.status).toBe(504);
    expect((await slow.json()).error.code).toBe('timeout');
    const after = await post({ text: 'It happened on 5 May 2020.' }, '10.3.0.2');
    expect(after.status).toBe(200);
  });

  test('is rate limited per address, with Retry-After', async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 12; i++) {
      const response = await post({ text: '' }, '10.3.9.9');
      statuses.push(response.status);
      retryAfter ??= response.headers.get('retry-after');
    }
    expect(statuses.slice(0, 10).every((s) => s === 400)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
  });
});
