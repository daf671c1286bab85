import fc from 'fast-check';
import { extractEvents } from '@/lib/extract/extract-events';
import { NewEvent } from '@/lib/model';

// Pieces of news prose, dates and noise, so that random texts reach every stage of the pipeline.
const PIECES = [
  'Prince Harry', 'King Charles III', 'the duke', 'Mr. Smith', 'the U.S.', 'She', 'He', 'It', 'who', 'which', 'and', 'but', ',', '.', '!', '?',
  "'", '"', '“', '”', '(', ')', '-', '—', '\n\n', '\n', ' ', 'left', 'visited', 'was born in', 'stepped down as a working royal', 'London',
  'on January 29', 'in 2020', 'last week', 'on Wednesday', 'the 1970s', '44 BC', 'Q3 2023', 'in recent years', 'for 45 minutes', '39',
  'two-year-old', 'yesterday', 'LONDON, March 3 -', 'next year', 'around 2010', '😀', 'é', '\u0000', '\t',
];

const texts = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 60 }).map((parts) => parts.join(' '));

describe('extractEvents on arbitrary text', () => {
  test('never throws, and every event is a valid NewEvent whose mentions point into the text', () => {
    fc.assert(
      fc.property(texts, fc.constantFrom(undefined, '2024-02-17'), (text, dct) => {
        const { events } = extractEvents({ id: 'fuzz', text, dct });
        const ids = new Set<string>();
        for (const e of events) {
          expect(NewEvent.safeParse(e).success).toBe(true);
          expect(ids.has(e.id)).toBe(false);
          ids.add(e.id);
          for (const m of e.mentions ?? []) {
            expect(text.slice(m.start, m.end)).toBe(m.sentence);
            expect(m.start <= m.timexStart && m.timexEnd <= m.end).toBe(true);
          }
        }
      }),
      { numRuns: 150, seed: 20240217 },
    );
  });
});
