import { readFileSync } from 'node:fs';
import path from 'node:path';
import { tagTimexes } from '@/lib/extract/tag-timexes';

const TEXT = readFileSync(path.join(process.cwd(), 'data/articles/royal-article.txt'), 'utf8');

function valueOf(result: ReturnType<typeof tagTimexes>, context: string, surface: string): string | undefined {
  const at = TEXT.indexOf(context);
  if (at < 0) throw new Error(`no ${context} in the seed article`);
  const start = at + context.indexOf(surface);
  return result.timexes.find((t) => t.start === start && t.text === surface)?.value;
}

describe('the seed article (DCT 2024-02-17)', () => {
  const result = tagTimexes(TEXT, { dct: '2024-02-17' });

  it.each([
    ['by his side on January 29', 'January 29', '2024-01-29'],
    ['Sandringham estate on February 11', 'February 11', '2024-02-11'],
    ['Duchess of Sussex in 2020', '2020', '2020'],
    ['hosting the 2025 Invictus Games', '2025', '2025'],
    ['flew back to the UK last week', 'last week', '2024-W06'],
    ['Prince of Wales, last Tuesday', 'last Tuesday', '2024-02-13'],
    ['with ABC presenter Will Reeve in Whistler on Wednesday', 'Wednesday', '2024-02-14'],
    ['the bobsledding yesterday', 'yesterday', '2024-02-16'],
    ['it was claimed last night', 'last night', '2024-02-16TNI'],
    ['Invictus Games next year', 'next year', '2025'],
    ['the GMA interview today', 'today', '2024-02-17'],
    ['on both sides in recent years', 'recent years', 'PAST_REF'],
  ])('%s -> %s = %s', (context, surface, value) => expect(valueOf(result, context, surface)).toBe(value));

  it('for around 45 minutes -> PT45M, APPROX', () => {
    expect(result.timexes.find((t) => t.text === 'around 45 minutes')).toMatchObject({ type: 'DURATION', value: 'PT45M', mod: 'APPROX' });
  });

  it('does not tag ages', () => {
    const texts = result.timexes.map((t) => t.text);
    for (const age of ['39', '75', 'four', 'two-year']) expect(texts.some((t) => t.includes(age))).toBe(false);
  });

  it('gives offsets into the text, sorted by start', () => {
    for (const t of result.timexes) expect(TEXT.slice(t.start, t.end)).toBe(t.text);
    expect(result.timexes.map((t) => t.start)).toEqual([...result.timexes.map((t) => t.start)].sort((a, b) => a - b));
  });
});

describe('the seed article with no DCT', () => {
  const result = tagTimexes(TEXT);

  it('infers 2024 and says why', () => {
    expect(result.dct.source).toBe('inferred');
    expect(result.dct.value?.slice(0, 4)).toBe('2024');
    expect(result.dct.reason).toMatch(/February 11 is a Sunday in 2024/);
    expect(result.dct.reason).toMatch(/year to go until/);
  });

  it('puts the absolute dates in 2024', () => {
    expect(result.timexes.find((t) => t.text === 'January 29')?.value).toBe('2024-01-29');
    expect(result.timexes.find((t) => t.text === 'February 11')?.value).toBe('2024-02-11');
  });
});
