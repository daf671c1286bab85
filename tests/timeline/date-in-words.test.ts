/** @jest-environment-options {"customExportConditions": ["umd", "node", "require", "default"]} */
// d3 modules ship ESM only; their "umd" export lets plain jest load them without transforming node_modules.
import { dateInWords, shortDate } from '@/lib/timeline';

const d = (start: string, end: string, granularity: 'time' | 'day' | 'week' | 'month' | 'quarter' | 'season' | 'year' | 'decade' | 'century', approximate = false) => ({ value: 'X', start, end, granularity, approximate });

describe('dateInWords', () => {
  test.each([
    [d('2020-01-01T00:00:00.000Z', '2020-12-31T23:59:59.999Z', 'year'), 'sometime in 2020'],
    [d('2024-02-05T00:00:00.000Z', '2024-02-11T23:59:59.999Z', 'week'), 'week of 5 February 2024'],
    [d('2024-02-05T00:00:00.000Z', '2024-02-05T23:59:59.999Z', 'day'), 'on 5 February 2024'],
    [d('2024-02-05T14:30:00.000Z', '2024-02-05T14:30:00.000Z', 'time'), 'on 5 February 2024, 14:30 UTC'],
    [d('1848-03-01T00:00:00.000Z', '1848-03-31T23:59:59.999Z', 'month', true), 'around March 1848'],
    [d('2024-04-01T00:00:00.000Z', '2024-06-30T23:59:59.999Z', 'quarter'), 'sometime in the second quarter of 2024'],
    [d('2024-03-01T00:00:00.000Z', '2024-05-31T23:59:59.999Z', 'season'), 'sometime in spring 2024'],
    [d('1990-01-01T00:00:00.000Z', '1999-12-31T23:59:59.999Z', 'decade'), 'sometime in the 1990s'],
    [d('1901-01-01T00:00:00.000Z', '2000-12-31T23:59:59.999Z', 'century'), 'sometime in the 20th century'],
    [d('1939-01-01T00:00:00.000Z', '1945-12-31T23:59:59.999Z', 'year'), 'from 1939 to 1945'],
    [d('-000043-03-15T00:00:00.000Z', '-000043-03-15T23:59:59.999Z', 'day'), 'on 15 March 44 BCE'],
    [d('-000099-01-01T00:00:00.000Z', '0000-12-31T23:59:59.999Z', 'century'), 'sometime in the 1st century BCE'],
    [d('0800-12-25T00:00:00.000Z', '0800-12-25T23:59:59.999Z', 'day'), 'on 25 December 800'],
  ])('dateInWords(%o) is %s', (date, words) => {
    expect(dateInWords(date)).toBe(words);
  });
});

describe('shortDate', () => {
  test.each([
    [d('2024-02-05T00:00:00.000Z', '2024-02-05T23:59:59.999Z', 'day'), '5 Feb 2024'],
    [d('2024-02-01T00:00:00.000Z', '2024-02-29T23:59:59.999Z', 'month'), 'Feb 2024'],
    [d('1939-01-01T00:00:00.000Z', '1945-12-31T23:59:59.999Z', 'year'), '1939–1945'],
    [d('-000043-01-01T00:00:00.000Z', '-000043-12-31T23:59:59.999Z', 'year', true), 'c. 44 BCE'],
  ])('shortDate(%o) is %s', (date, words) => {
    expect(shortDate(date)).toBe(words);
  });
});

describe('formatUtc', () => {
  const { formatUtc } = jest.requireActual('@/lib/timeline') as typeof import('@/lib/timeline');
  test.each([
    ['d MMM', '5 Feb'],
    ['d MMMM', '5 February'],
    ['HH:mm', '14:30'],
    ['MMM', 'Feb'],
  ])('formatUtc(ms, %s) is %s', (pattern, text) => {
    expect(formatUtc(Date.parse('2024-02-05T14:30:00.000Z'), pattern)).toBe(text);
  });
  test('formatUtc writes UTC fields whatever the local time zone', () => {
    expect(formatUtc(Date.parse('2024-12-31T23:30:00.000Z'), 'd MMM HH:mm')).toBe('31 Dec 23:30');
  });
});
