import { anchoringOf } from '@/lib/extract/anchoring';
import { confidenceOf } from '@/lib/extract/confidence';
import type { Timex } from '@/lib/extract/types';

/** A hand-made timex for the first occurrence of `words` in `text`. */
function timex(text: string, words: string, type: Timex['type'], value: string, mod?: string): Timex {
  const start = text.indexOf(words);
  return { start, end: start + words.length, text: words, type, value, ...(mod ? { mod } : {}) };
}

describe('anchoringOf(timex, text)', () => {
  test.each([
    ['Harry, 39, reportedly told friends', '39', 'DATE', '39'],
    ['the two-year-old Princess Lilibet', 'two-year', 'DURATION', 'P2Y'],
    ['the 45 year-old minister', '45', 'DATE', '45'],
    ['a visit of around 45 minutes', 'around 45 minutes', 'DURATION', 'PT45M'],
    ['to mark a year to go until the Games', 'a year', 'DURATION', 'P1Y'],
    ['every week since', 'every week', 'SET', 'P1W'],
  ] as const)('%j: %j is not an event date', (text, words, type, value) => {
    expect(anchoringOf(timex(text, words, type, value), text)).toBe('none');
  });

  test("a record's reference point and a compared figure's date anchor nothing", () => {
    const record = 'City went top for the first time since August, in the busiest season since 2005.';
    expect(anchoringOf(timex(record, 'August', 'DATE', '2024-08'), record)).toBe('none');
    expect(anchoringOf(timex(record, '2005', 'DATE', '2005'), record)).toBe('none');
    const figures = 'Profit rose to £412 million, from £298 million in the same period a year earlier; sales were higher than last year.';
    expect(anchoringOf(timex(figures, 'a year earlier', 'DATE', '2022-Q3'), figures)).toBe('none');
    expect(anchoringOf(timex(figures, 'last year', 'DATE', '2022'), figures)).toBe('none');
  });

  test('"since" a date that starts what goes on, and a figure then a new phrase, anchor firmly', () => {
    const text = 'Spending has fallen every year since 2019. The dividend rose to 14.5p, up from 12p, payable on 15 December.';
    expect(anchoringOf(timex(text, '2019', 'DATE', '2019'), text)).toBe('firm');
    expect(anchoringOf(timex(text, '15 December', 'DATE', '2023-12-15'), text)).toBe('firm');
  });

  test('written and relative dates anchor firmly', () => {
    const text = 'He left the clinic on January 29 and flew back last week.';
    expect(anchoringOf(timex(text, 'January 29', 'DATE', '2024-01-29'), text)).toBe('firm');
    expect(anchoringOf(timex(text, 'last week', 'DATE', '2024-W06'), text)).toBe('firm');
  });

  test('vague, modified and partly unknown dates anchor approximately', () => {
    const text = 'Around 2010 the firm moved; in recent years it grew; sometime in 1998 it was sold.';
    expect(anchoringOf(timex(text, 'Around 2010', 'DATE', '2010', 'APPROX'), text)).toBe('approximate');
    expect(anchoringOf(timex(text, 'recent years', 'DATE', 'PAST_REF'), text)).toBe('approximate');
    expect(anchoringOf(timex(text, '1998', 'DATE', '1998-XX'), text)).toBe('approximate');
  });
});

describe('confidenceOf(evidence)', () => {
  const base = { approximate: false, inClause: true, datesInSentence: 1 };
  test('full date > month > year > relative > vague', () => {
    const day = confidenceOf({ ...base, granularity: 'day', text: 'January 29, 2024' });
    const month = confidenceOf({ ...base, granularity: 'month', text: 'March 2023' });
    const year = confidenceOf({ ...base, granularity: 'year', text: '2020' });
    const relative = confidenceOf({ ...base, granularity: 'day', text: 'on Wednesday' });
    const vague = confidenceOf({ ...base, granularity: 'year', text: 'around 2010', approximate: true });
    expect(day).toBeGreaterThan(month);
    expect(month).toBeGreaterThan(year);
    expect(year).toBeGreaterThan(relative);
    expect(relative).toBeGreaterThan(vague);
    for (const c of [day, month, year, relative, vague]) {
      expect(c).toBeGreaterThanOrEqual(0);
      expect(c).toBeLessThanOrEqual(1);
    }
  });

  test('a caption fragment or a crowded sentence lowers confidence', () => {
    const clear = confidenceOf({ ...base, granularity: 'day', text: 'January 29' });
    expect(confidenceOf({ ...base, granularity: 'day', text: 'January 29', inClause: false })).toBeLessThan(clear);
    expect(confidenceOf({ ...base, granularity: 'day', text: 'January 29', datesInSentence: 3 })).toBeLessThan(clear);
  });
});
