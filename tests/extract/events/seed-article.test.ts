import { readFileSync } from 'node:fs';
import { extractEvents } from '@/lib/extract/extract-events';
import { NewEvent } from '@/lib/model';

const text = readFileSync('data/articles/royal-article.txt', 'utf8');
const withDct = extractEvents({ id: 'royal-article', text, dct: '2024-02-17' });

const on = (events: NewEvent[], value: string) => events.filter((e) => e.date.value === value);
const one = (events: NewEvent[], value: string) => {
  const found = on(events, value);
  expect(found).toHaveLength(1);
  return found[0];
};

describe('extractEvents on the seed article (dct 2024-02-17)', () => {
  test('King Charles III leaves The London Clinic on 2024-01-29', () => {
    const e = one(withDct.events, '2024-01-29');
    expect(e.title).toBe('King Charles III leaves The London Clinic');
    expect(e.id).toBe('2024-01-29-king-charles-iii-leaves-the-london-clinic');
    expect(e.people).toEqual(expect.arrayContaining(['King Charles III', 'Queen Camilla']));
    expect(e.date).toMatchObject({ start: '2024-01-29T00:00:00.000Z', end: '2024-01-29T23:59:59.999Z', granularity: 'day' });
  });

  test('the Sunday service at Sandringham on 2024-02-11, dated twice in its caption, is one event', () => {
    const e = one(withDct.events, '2024-02-11');
    expect(e.title).toMatch(/Sunday service|service/);
    expect(e.mentions![0].sentence).toMatch(/Sandringham/);
  });

  test('Harry stepping down as a working royal in 2020 is ONE event with both mentions', () => {
    const e = one(withDct.events, '2020');
    expect(e.title).toMatch(/stepped down as a working royal/);
    expect(e.mentions).toHaveLength(2);
    expect(e.people).toContain('Prince Harry');
    expect(e.date.granularity).toBe('year');
  });

  test('the 2025 Invictus Games in Whistler and Vancouver', () => {
    const e = one(withDct.events, '2025');
    expect(e.title).toMatch(/Invictus Games/);
    expect(e.places).toEqual(expect.arrayContaining(['Whistler', 'Vancouver']));
  });

  test('relative dates: Wednesday 2024-02-14 in Whistler, and last week (2024-W06) the visit to the UK', () => {
    const wednesday = one(withDct.events, '2024-02-14');
    expect(wednesday.title).toMatch(/Whistler/);
    expect(wednesday.mentions).toHaveLength(2);
    const lastWeek = one(withDct.events, '2024-W06');
    expect(lastWeek.title).toMatch(/Harry.*UK/);
    expect(lastWeek.date).toMatchObject({ start: '2024-02-05T00:00:00.000Z', end: '2024-02-11T23:59:59.999Z', granularity: 'week' });
    expect(lastWeek.confidence).toBeLessThan(one(withDct.events, '2020').confidence);
  });

  test('no events from ages, durations or vague references', () => {
    const values = withDct.events.map((e) => e.date.value);
    for (const bad of ['39', '75', 'PT45M', 'P1Y', 'PAST_REF', 'PRESENT_REF', 'FUTURE_REF']) expect(values).not.toContain(bad);
    for (const e of withDct.events) expect(e.mentions![0].sentence.slice(e.mentions![0].timexStart - e.mentions![0].start)).not.toMatch(/^(39|75)\b/);
  });

  test('every event is a valid NewEvent, with mentions that point at their sentence and date words', () => {
    for (const e of withDct.events) {
      expect(NewEvent.safeParse(e).success).toBe(true);
      for (const m of e.mentions!) {
        expect(text.slice(m.start, m.end)).toBe(m.sentence);
        expect(m.timexEnd).toBeGreaterThan(m.timexStart);
      }
      expect(e.title.split(' ').length).toBeLessThanOrEqual(12);
      expect(e.title).not.toMatch(/\b(?:January 29|February 11|2020|last week|on Wednesday)\b/);
    }
    expect(new Set(withDct.events.map((e) => e.id)).size).toBe(withDct.events.length);
  });

  test('re-running extraction gives the same ids', () => {
    expect(extractEvents({ id: 'royal-article', text, dct: '2024-02-17' }).events.map((e) => e.id)).toEqual(withDct.events.map((e) => e.id));
  });
});

describe('extractEvents on the seed article without a DCT', () => {
  const inferred = extractEvents({ id: 'royal-article', text });
  test.each([
    ['2024-01-29', /London Clinic/],
    ['2024-02-11', /service/],
    ['2020', /stepped down/],
    ['2025', /Invictus Games/],
  ])('still finds the absolute date %s (year inferred)', (value, title) => {
    expect(on(inferred.events, value).filter((e) => title.test(e.title))).toHaveLength(1);
  });
});

describe('extractEvents on empty text', () => {
  test('gives an empty result, not an error', () => {
    expect(extractEvents({ id: 'empty', text: '' }).events).toEqual([]);
    expect(extractEvents({ id: 'blank', text: '  \n\n ' }).events).toEqual([]);
  });
});

describe('extractEvents with a separate headline', () => {
  test('names in the headline resolve short names in the text', () => {
    const text = 'Harry flew back to the UK last week to see his father.';
    expect(extractEvents({ id: 'h', text, dct: '2024-02-17' }).events[0].people).toEqual(['Harry']);
    expect(extractEvents({ id: 'h', text, dct: '2024-02-17', title: 'Prince Harry returns to Britain' }).events[0].people).toEqual(['Prince Harry']);
  });
});
