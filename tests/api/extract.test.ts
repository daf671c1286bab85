import { call, setUpTempApp } from './route-harness';

setUpTempApp();

import * as extract from '@/app/api/extract/route';
import { ExtractPool } from '@/lib/api/extract-pool';

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

  test('stops an extraction that runs past its deadline with a 504, and the pool keeps serving', async () => {
    const pool = new ExtractPool();
    // A generous deadline first, so the worker's cold start does not count against the short one.
    expect((await pool.run({ id: 'warm', text: 'It happened on 5 May 2020.' }, 60_000)).timexes).toHaveLength(1);
    const long = 'On 3 March 2021 the council met again, said the chair, after the storm of 2 March. '.repeat(6000);
    await expect(pool.run({ id: 'slow', text: long }, 150)).rejects.toMatchObject({ status: 504, code: 'timeout' });
    const after = await pool.run({ id: 'after', text: 'It happened on 5 May 2020.' }, 60_000);
    expect(after.timexes[0].value).toBe('2020-05-05');
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
