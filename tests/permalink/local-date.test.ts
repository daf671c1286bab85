import { localDate } from '@/lib/permalink/local-date';

const day = { value: '2024-01-29', start: '2024-01-29T00:00:00.000Z', end: '2024-01-29T23:59:59.999Z', granularity: 'day' as const, approximate: false };

describe('local dates', () => {
  test('localDate writes a day in each language the way that language does', () => {
    expect(localDate(day, 'en-GB')).toBe('29 January 2024');
    expect(localDate(day, 'en-US')).toBe('January 29th, 2024');
    expect(localDate(day, 'fr')).toBe('29 janvier 2024');
    expect(localDate(day, 'de')).toBe('29. Januar 2024');
  });

  test('localDate writes a month, marks an approximate date, and gives a timed one its UTC time', () => {
    expect(localDate({ ...day, value: '2024-01', granularity: 'month', end: '2024-01-31T23:59:59.999Z' }, 'es')).toBe('enero 2024');
    expect(localDate({ ...day, approximate: true }, 'en-GB')).toBe('c. 29 January 2024');
    expect(localDate({ ...day, value: '2024-01-29T14:30', granularity: 'time', start: '2024-01-29T14:30:00.000Z' }, 'en-GB')).toBe('29 January 2024 14:30 UTC');
  });

  test('localDate falls back to the short form for years, ranges and BCE dates', () => {
    expect(localDate({ ...day, value: '2020', granularity: 'year', start: '2020-01-01T00:00:00.000Z', end: '2020-12-31T23:59:59.999Z' }, 'fr')).toBe('2020');
    expect(localDate({ ...day, value: 'BC0044-03-15', start: '-000043-03-15T00:00:00.000Z', end: '-000043-03-15T23:59:59.999Z' }, 'fr')).toBe('15 Mar 44 BCE');
  });
});
