import type { Timex, TimexType } from '@/lib/extract/types';
import { errorContext, extentDifference, findTimexErrors, formatErrorReport, groupTimexErrors, textShape } from '@/lib/eval/timex-errors';

const TEXT = 'Stocks fell on Friday. On Friday night, a week later, in March 1998, they fell again on Monday.';

function timex(phrase: string, value: string, type: TimexType = 'DATE', nth = 0): Timex {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = TEXT.indexOf(phrase, start + 1);
  return { start, end: start + phrase.length, text: phrase, type, value };
}

const gold = [
  timex('Friday', '1998-03-06'),
  timex('Friday night', '1998-03-06TNI', 'TIME'),
  timex('a week later', 'P1W', 'DURATION'),
  timex('March 1998', '1998-03'),
  timex('Monday', '1998-03-09'),
];
const system = [
  timex('Friday', '1998-03-06'), // right
  timex('Friday', '1998-03-06', 'DATE', 1), // extent, value and type wrong
  timex('a week', 'P1W', 'DURATION'), // extent wrong only
  timex('fell', 'PAST_REF', 'DATE', 1), // spurious
  // "March 1998" and "Monday" missed
];

describe('findTimexErrors', () => {
  const errors = findTimexErrors('doc.tml', TEXT, gold, system);
  const kinds = (kind: string) => errors.filter((e) => e.kind === kind).map((e) => (e.gold ?? e.system)!.text);

  it('sorts every error into missed, spurious, extent, value and type', () => {
    expect(kinds('missed')).toEqual(['March 1998', 'Monday']);
    expect(kinds('spurious')).toEqual(['fell']);
    expect(kinds('extent')).toEqual(['Friday night', 'a week later']);
    expect(kinds('value')).toEqual(['Friday night']);
    expect(kinds('type')).toEqual(['Friday night']);
  });

  it('finds nothing when the output is the gold', () => {
    expect(findTimexErrors('doc.tml', TEXT, gold, gold)).toEqual([]);
  });
});

describe('groupTimexErrors', () => {
  it('groups errors of the same shape, most frequent first, and keeps a few examples', () => {
    const missed = [timex('March 1998', '1998-03'), timex('Monday', '1998-03-09'), timex('Friday', '1998-03-06')];
    const errors = [
      ...findTimexErrors('a.tml', TEXT, missed, []),
      ...findTimexErrors('b.tml', TEXT, [timex('March 1998', '1998-03')], []),
      ...findTimexErrors('c.tml', TEXT, [timex('March 1998', '1998-03')], []),
    ];
    const groups = groupTimexErrors(errors, 2, 2).missed;
    expect(groups.map((g) => [g.key, g.count])).toEqual([
      ['"march #" DATE', 3],
      ['"friday" DATE', 1],
    ]);
    expect(groups[0].examples.map((e) => e.file)).toEqual(['a.tml', 'b.tml']);
  });

  it('writes digit runs as # so that alike dates group together', () => {
    expect(textShape('Nov.  12,\n1998')).toBe('nov. #, #');
  });
});

describe('extentDifference', () => {
  it('names the words ours adds or lacks, and on which side', () => {
    expect(extentDifference(TEXT, timex('week later', 'P1W'), timex('a week later', 'P1W'))).toBe('ours adds "a" before');
    expect(extentDifference(TEXT, timex('On Friday night', 'X'), timex('Friday', 'X', 'DATE', 1))).toBe('ours lacks "on" before, ours lacks "night" after');
    expect(extentDifference(TEXT, timex('March 1998', 'X'), timex('March', 'X'))).toBe('ours lacks "#" after');
  });

  it('shows both texts when the extents cross', () => {
    expect(extentDifference(TEXT, timex('Friday night', 'X'), timex('night, a week', 'X'))).toBe('crossing: gold "friday night" / ours "night, a week"');
  });

  it('says so when only white space differs', () => {
    expect(extentDifference(TEXT, timex('again ', 'X'), timex('again', 'X'))).toBe('ours lacks only white space');
  });
});

describe('errorContext', () => {
  it('marks gold in brackets and ours in braces, with the words around them', () => {
    const [error] = findTimexErrors('doc.tml', TEXT, [timex('a week later', 'P1W', 'DURATION')], [timex('a week', 'P1W', 'DURATION')]);
    expect(errorContext(error)).toBe('Stocks fell on Friday. On Friday night, [{a week} later], in March 1998, they fell again on Mond…');
  });
});

describe('formatErrorReport', () => {
  it('titles each kind with its total and lists the groups with examples', () => {
    const report = formatErrorReport(findTimexErrors('doc.tml', TEXT, gold, system), 10);
    expect(report).toContain('== missed (gold timexes with no overlapping system timex): 2 in 2 groups ==');
    expect(report).toContain('1×  "friday night" gold TIME / ours DATE');
    expect(report).toContain('doc.tml: …');
  });
});
