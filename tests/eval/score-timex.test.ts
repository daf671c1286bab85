import fc from 'fast-check';
import type { Timex, TimexType } from '@/lib/extract/types';
import { addCounts, alignTimexes, countTimexMatches, NO_COUNTS, timexScores } from '@/lib/eval/score-timex';

const TEXT = 'On Sunday morning, two days ago, he left; last week and in 1998 too.';

/** A timex over the first occurrence of `phrase` in TEXT. */
function timex(phrase: string, value = 'X', type: TimexType = 'DATE'): Timex {
  const start = TEXT.indexOf(phrase);
  if (start < 0) throw new Error(`no ${phrase}`);
  return { start, end: start + phrase.length, text: phrase, type, value };
}

describe('alignTimexes', () => {
  it('pairs identical extents', () => {
    expect(alignTimexes([timex('Sunday morning')], [timex('Sunday morning')])).toEqual([{ gold: 0, system: 0 }]);
  });

  it('pairs any overlap, however small', () => {
    expect(alignTimexes([timex('Sunday morning')], [timex('morning, two')])).toEqual([{ gold: 0, system: 0 }]);
  });

  it('does not pair extents that only touch', () => {
    expect(alignTimexes([timex('Sunday')], [timex(' morning')])).toEqual([]);
  });

  it('pairs one gold timex with only one of the system timexes inside it', () => {
    expect(alignTimexes([timex('Sunday morning')], [timex('Sunday'), timex('morning')])).toHaveLength(1);
  });

  it('pairs one system timex with only one of the gold timexes it covers', () => {
    expect(alignTimexes([timex('Sunday'), timex('morning')], [timex('Sunday morning')])).toHaveLength(1);
  });

  it('keeps an identical extent paired when a longer system timex also overlaps', () => {
    expect(alignTimexes([timex('Sunday')], [timex('On Sunday morning'), timex('Sunday')])).toEqual([{ gold: 0, system: 1 }]);
  });

  it('finds the most pairs when a greedy choice would block one', () => {
    // Gold "Sunday" could take "On Sunday morning", leaving gold "morning, two" nothing; a maximum matching pairs both.
    const gold = [timex('Sunday'), timex('morning, two')];
    const system = [timex('On Sunday morning'), timex('On Sunday')];
    expect(alignTimexes(gold, system)).toEqual([
      { gold: 0, system: 1 },
      { gold: 1, system: 0 },
    ]);
  });

  it('never pairs empty or blank timexes', () => {
    const blank: Timex = { start: 2, end: 3, text: ' ', type: 'DATE', value: 'X' };
    const empty: Timex = { start: 3, end: 3, text: '', type: 'DATE', value: 'X' };
    expect(alignTimexes([blank, empty], [timex('On Sunday'), blank])).toEqual([]);
  });
});

describe('countTimexMatches', () => {
  it('counts strict, relaxed and attribute matches for one document', () => {
    const gold = [timex('Sunday morning', '1998-08-09TMO', 'TIME'), timex('two days ago', '1998-08-05'), timex('last week', '1998-W31'), timex('1998', '1998')];
    const system = [
      timex('Sunday', '1998-08-09'), // relaxed only; value and type wrong
      timex('two days ago', '1998-08-05'), // strict, all right
      timex('last week', 'P1W', 'DURATION'), // strict; value and type wrong
      timex('he left', 'PAST_REF'), // spurious
    ];
    expect(countTimexMatches(gold, system)).toEqual({ gold: 4, system: 4, strict: 2, relaxed: 3, value: 1, type: 1 });
  });

  it('counts a value as right only on an aligned pair', () => {
    // Same value, but the extents do not overlap: a miss and a spurious timex, no value credit.
    expect(countTimexMatches([timex('Sunday', 'V')], [timex('1998', 'V')])).toEqual({ ...NO_COUNTS, gold: 1, system: 1 });
  });
});

describe('timexScores', () => {
  it('micro-averages: counts are summed over documents before dividing', () => {
    const big = { gold: 9, system: 9, strict: 9, relaxed: 9, value: 9, type: 9 };
    const small = { gold: 1, system: 1, strict: 0, relaxed: 0, value: 0, type: 0 };
    const scores = timexScores(addCounts(big, small));
    expect(scores.strict).toEqual({ precision: 0.9, recall: 0.9, f1: expect.closeTo(0.9, 10) });
  });

  it('scores P over system timexes, R over gold timexes and F1 as their harmonic mean', () => {
    const scores = timexScores({ gold: 10, system: 8, strict: 6, relaxed: 8, value: 4, type: 7 });
    expect(scores.strict.precision).toBeCloseTo(6 / 8);
    expect(scores.strict.recall).toBeCloseTo(6 / 10);
    expect(scores.strict.f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35);
    expect(scores.relaxed.f1).toBeCloseTo((2 * 1 * 0.8) / 1.8);
  });

  it('scores attributes as the toolkit does: accuracy on relaxed matches times relaxed F1', () => {
    const counts = { gold: 10, system: 8, strict: 6, relaxed: 8, value: 4, type: 7 };
    const scores = timexScores(counts);
    expect(scores.value.f1).toBeCloseTo((counts.value / counts.relaxed) * scores.relaxed.f1, 12);
    expect(scores.type.f1).toBeCloseTo((counts.type / counts.relaxed) * scores.relaxed.f1, 12);
    expect(scores.value.precision).toBeCloseTo(4 / 8);
    expect(scores.value.recall).toBeCloseTo(4 / 10);
  });

  it('gives 0 without system output, and 1 when there is nothing to find and nothing found', () => {
    expect(timexScores({ ...NO_COUNTS, gold: 3 }).relaxed).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(timexScores({ ...NO_COUNTS, system: 3 }).relaxed).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(timexScores(NO_COUNTS).value).toEqual({ precision: 1, recall: 1, f1: 1 });
  });
});

/**
 * The TimeML-Normalizer's pairing, on characters instead of tokens: walking the text, a timex that
 * begins while one of the other side is open, and not yet paired, is paired with it. At one
 * position gold goes first, so a system timex that begins with a gold one finds it open.
 */
function normalizerPairs(gold: Extent[], system: Extent[]): Array<[Extent, Extent]> {
  const pairs: Array<[Extent, Extent]> = [];
  const paired = new Set<Extent>();
  const begins = [...gold.map((t) => ({ t, side: 0 })), ...system.map((t) => ({ t, side: 1 }))].sort((a, b) => a.t.start - b.t.start || a.side - b.side);
  for (const { t, side } of begins) {
    const other = side === 0 ? system : gold;
    const open = other.find((o) => (side === 0 ? o.start < t.start : o.start <= t.start) && t.start < o.end);
    if (open && !paired.has(open)) {
      paired.add(open).add(t);
      pairs.push(side === 0 ? [t, open] : [open, t]);
    }
  }
  return pairs;
}

type Extent = { start: number; end: number; text: string };

/** Up to 8 non-overlapping extents in a 60-character text, as inline TimeML allows. */
const extents = fc
  .uniqueArray(fc.integer({ min: 0, max: 60 }), { minLength: 0, maxLength: 16 })
  .map((cuts) => {
    const sorted = [...cuts].sort((a, b) => a - b);
    const spans: Extent[] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) spans.push({ start: sorted[i], end: sorted[i + 1], text: 'x'.repeat(sorted[i + 1] - sorted[i]) });
    return spans;
  });

describe('alignTimexes against the TimeML-Normalizer', () => {
  it('pairs as many timexes, and as many identical extents, as the normalizer on non-overlapping extents', () => {
    fc.assert(
      fc.property(extents, extents, (gold, system) => {
        const ours = alignTimexes(gold, system).map((p) => [gold[p.gold], system[p.system]] as const);
        const theirs = normalizerPairs(gold, system);
        const identical = (pairs: ReadonlyArray<readonly [Extent, Extent]>) => pairs.filter(([g, s]) => g.start === s.start && g.end === s.end).length;
        expect(ours).toHaveLength(theirs.length);
        expect(identical(ours)).toBe(identical(theirs));
      }),
      { numRuns: 2000 },
    );
  });
});
