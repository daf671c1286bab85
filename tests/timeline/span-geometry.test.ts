/** @jest-environment-options {"customExportConditions": ["umd", "node", "require", "default"]} */
// d3 modules ship ESM only; their "umd" export lets plain jest load them without transforming node_modules.

import { markPixels, markSpan } from '@/lib/timeline';

const date = (start: string, end: string, granularity: 'time' | 'day' | 'week' | 'month' | 'year' | 'decade', approximate = false) => ({ start, end, granularity, approximate });

describe('markSpan', () => {
  test('markSpan(day) is a point at mid-day', () => {
    expect(markSpan(date('2024-02-05T00:00:00.000Z', '2024-02-05T23:59:59.999Z', 'day'))).toEqual({ kind: 'point', start: Date.parse('2024-02-05T12:00:00.000Z'), end: Date.parse('2024-02-05T12:00:00.000Z'), approximate: false });
  });
  test('markSpan(time) is a point at its instant', () => {
    const s = markSpan(date('2024-02-05T14:30:00.000Z', '2024-02-05T14:30:00.000Z', 'time'));
    expect(s).toMatchObject({ kind: 'point', start: Date.parse('2024-02-05T14:30:00.000Z') });
  });
  test.each([
    ['week', '2024-02-05T00:00:00.000Z', '2024-02-11T23:59:59.999Z'],
    ['month', '2024-02-01T00:00:00.000Z', '2024-02-29T23:59:59.999Z'],
    ['year', '2020-01-01T00:00:00.000Z', '2020-12-31T23:59:59.999Z'],
    ['decade', '1990-01-01T00:00:00.000Z', '1999-12-31T23:59:59.999Z'],
  ] as const)('markSpan(%s) spans the whole period', (granularity, start, end) => {
    expect(markSpan(date(start, end, granularity))).toEqual({ kind: 'span', start: Date.parse(start), end: Date.parse(end) + 1, approximate: false });
  });
  test('markSpan of several years is a range bar', () => {
    expect(markSpan(date('1939-01-01T00:00:00.000Z', '1945-12-31T23:59:59.999Z', 'year')).kind).toBe('range');
  });
  test('markSpan of several days at day granularity is a range bar', () => {
    expect(markSpan(date('2024-02-05T00:00:00.000Z', '2024-02-09T23:59:59.999Z', 'day')).kind).toBe('range');
  });
  test('markSpan keeps approximate', () => {
    expect(markSpan(date('2020-01-01T00:00:00.000Z', '2020-12-31T23:59:59.999Z', 'year', true)).approximate).toBe(true);
  });
  test('markSpan works for BCE dates', () => {
    const s = markSpan(date('-000043-01-01T00:00:00.000Z', '-000043-12-31T23:59:59.999Z', 'year'));
    expect(s.kind).toBe('span');
    expect(new Date(s.start).getUTCFullYear()).toBe(-43);
  });
});

describe('markPixels', () => {
  const scale = (ms: number) => ms / 1000;
  test('markPixels(point) has no length', () => {
    expect(markPixels({ kind: 'point', start: 5000, end: 5000, approximate: false }, scale)).toEqual({ t0: 5, t1: 5 });
  });
  test('markPixels(span) widens a thin span around its middle', () => {
    expect(markPixels({ kind: 'span', start: 10_000, end: 11_000, approximate: false }, scale, 3)).toEqual({ t0: 9, t1: 12 });
  });
  test('markPixels(span) keeps a wide span as it is', () => {
    expect(markPixels({ kind: 'span', start: 10_000, end: 50_000, approximate: false }, scale)).toEqual({ t0: 10, t1: 50 });
  });
});
