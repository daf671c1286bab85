import { formatUtc, monthNamesFor, setMonthNames } from '@/lib/timeline/format-utc';

const feb5 = Date.UTC(2024, 1, 5, 9, 30);

describe('formatUtc', () => {
  afterEach(() => setMonthNames(monthNamesFor('en')));

  test('formatUtc writes UTC fields with English month names by default', () => {
    expect(formatUtc(feb5, 'd MMM')).toBe('5 Feb');
    expect(formatUtc(feb5, 'MMMM')).toBe('February');
    expect(formatUtc(feb5, 'HH:mm')).toBe('09:30');
  });

  test('setMonthNames(monthNamesFor(lang)) makes the labels speak that language', () => {
    setMonthNames(monthNamesFor('de'));
    expect(formatUtc(feb5, 'MMMM')).toBe('Februar');
    expect(formatUtc(Date.UTC(2024, 2, 1), 'd MMMM')).toBe('1 März');
    setMonthNames(monthNamesFor('fr'));
    expect(formatUtc(feb5, 'd MMMM')).toBe('5 février');
  });

  test('month names with apostrophes stay literal', () => {
    setMonthNames({ long: Array(12).fill("it's"), short: Array(12).fill("o'c") });
    expect(formatUtc(feb5, 'd MMM')).toBe("5 o'c");
  });

  test('setMonthNames ignores a list that is not twelve names', () => {
    setMonthNames({ long: ['x'], short: ['y'] });
    expect(formatUtc(feb5, 'MMMM')).toBe('February');
  });
});
