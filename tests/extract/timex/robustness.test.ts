import fc from 'fast-check';
import { tagTimexes } from '@/lib/extract/tag-timexes';

/** Pieces that make the rules work hard: digits, months, numbers in words, punctuation, long runs. */
const PIECES = ['1', '12', '1999', ' ', '  ', 'January', 'Jan.', 'May', ',', '.', '-', '/', ':', "'", 'a', 'year', 'the', 'last', 'two', 'twenty-', 'weeks', 'ago', 'p.m.', '\n', 'Friday', '1/2', 'mid-', 'about', '$', '%', '1,000'];

function adversarial(length: number, seed: number): string {
  let state = seed;
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    const piece = PIECES[state % PIECES.length];
    parts.push(piece);
    size += piece.length;
  }
  return parts.join('');
}

describe('tagTimexes on any input', () => {
  it('never throws and returns well-formed timexes for random strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((p) => p.join(' '))), fc.option(fc.constant('2024-02-17'), { nil: undefined }), (text, dct) => {
        const { timexes } = tagTimexes(text, { dct });
        for (const t of timexes) {
          expect(text.slice(t.start, t.end)).toBe(t.text);
          expect(t.value).toMatch(/^[0-9A-Z_:.+\-]+$/);
        }
        for (let i = 1; i < timexes.length; i++) expect(timexes[i].start).toBeGreaterThanOrEqual(timexes[i - 1].end);
      }),
      { numRuns: 300 },
    );
  });

  // A hang guard, not a benchmark (the machine is shared): npm run bench:extract measures speed.
  it.each([
    ['mixed pieces', adversarial(1_000_000, 7)],
    ['digits and spaces', adversarial(1_000_000, 3).replace(/[^0-9]/g, ' ')],
    ['one long run of spaces', ' '.repeat(1_000_000)],
    ['number words', 'twenty-one and '.repeat(70_000)],
  ])('finishes 1 MB of %s without hanging', (_name, text) => {
    const started = Date.now();
    tagTimexes(text, { dct: '2024-02-17' });
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
