import fc from 'fast-check';
import { extractEvents } from '@/lib/extract/extract-events';
import { tagTimexes } from '@/lib/extract/tag-timexes';
import { NewEvent } from '@/lib/model';

/** "Never hangs": far above a normal run (milliseconds), far below a stuck regex. */
const HANG_MS = 5000;

const MONTHS = ['January', 'Feb', 'March', 'Sept.', 'May', 'december', 'JUNE'];
const words = fc.constantFrom(...MONTHS, 'the', 'of', 'on', 'in', 'King', 'said', 'ago', 'last', 'next', 'week', 'BC', 'AD', 'circa', 'c.', 'mid-', '1990s', "'90s", 'Q3', 'noon', 'tonight', 'yesterday', '\n\n', '.', ',', '(', ')', '[', ']', '{', '}', '—', '-', '/', ':');

/** Text that leans on what date parsers find hard: digit runs, month names, brackets, odd Unicode. */
const adversarial = fc.oneof(
  fc.array(words, { maxLength: 200 }).map((w) => w.join(' ')),
  fc.tuple(fc.constantFrom(...MONTHS), fc.integer({ min: 1, max: 400 })).map(([m, n]) => `${m} `.repeat(n)),
  fc.stringMatching(/^\d{1,400}$/).map((digits) => `On ${digits} March ${digits} the ${digits}th.`),
  fc.integer({ min: 1, max: 300 }).map((n) => `${'('.repeat(n)}12 May 2020${')'.repeat(n)} ${'[{'.repeat(n)}`),
  fc.integer({ min: 1, max: 2000 }).map((n) => `${'1'.repeat(n)}-${'2'.repeat(n)}-${'3'.repeat(n)}`),
  fc.string({ unit: 'grapheme', maxLength: 300 }).map((s) => `${s} on 3 January 2021 ${s}`),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.constantFrom('\u0000\uFFFF\uD800', '𝟚𝟘𝟚𝟜-𝟘𝟙-𝟚𝟡', '２０２４年１月２９日', 'January\u200B29,\u00A02024', 'ﬁrst of May 2020', 'İstanbul, 29 Ekim 1923'),
);

const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 500 }), adversarial);
const dct = fc.option(fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), { nil: undefined });

function timed<T>(run: () => T): T {
  const started = performance.now();
  const result = run();
  expect(performance.now() - started).toBeLessThan(HANG_MS);
  return result;
}

describe('the extractor on arbitrary and adversarial text', () => {
  test('tagTimexes never throws or hangs, and its offsets slice to the reported text', () => {
    fc.assert(
      fc.property(anyText, dct, (text, day) => {
        const { timexes } = timed(() => tagTimexes(text, { dct: day }));
        for (const t of timexes) {
          expect(0 <= t.start && t.start <= t.end && t.end <= text.length).toBe(true);
          expect(text.slice(t.start, t.end)).toBe(t.text);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('extractEvents never throws or hangs, gives valid events, and its mentions lie inside the text', () => {
    fc.assert(
      fc.property(anyText, dct, (text, day) => {
        const { timexes, events } = timed(() => extractEvents({ id: 'fuzz', text, dct: day }));
        for (const t of timexes) expect(text.slice(t.start, t.end)).toBe(t.text);
        for (const e of events) {
          // What the store will accept: otherwise a valid article would fail at addDocument.
          expect(NewEvent.safeParse(e).error).toBeUndefined();
          for (const m of e.mentions ?? []) {
            expect(0 <= m.start && m.start <= m.timexStart && m.timexStart <= m.timexEnd && m.timexEnd <= m.end && m.end <= text.length).toBe(true);
            expect(text.slice(m.start, m.end)).toBe(m.sentence);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
