import { tagTimexes } from '@/lib/extract/tag-timexes';
import { expectNone, expectTimex } from './test-single-case';

const DCT = '2024-05-14';
const surface = (text: string) => tagTimexes(text, { dct: DCT }).timexes.map((t) => [t.text, t.value]);

describe('that-time: "at that time" is the date the story is at', () => {
  it('as precisely as it was told', () => {
    expect(surface('The abbey burned in 1539. At that time it held forty monks.')).toEqual([['1539', '1539'], ['that time', '1539']]);
    expect(surface('The army landed in the autumn of 1066. By that time the king had marched north.')).toEqual([
      ['the autumn of 1066', '1066-FA'],
      ['that time', '1066-FA'],
    ]);
  });
  it('is some time to come, or past, when the text has told no date', () =>
    expectTimex('The board will decide at that time.', DCT, { text: 'that time', type: 'DATE', value: 'FUTURE_REF' }));
  it('is no date in "at that time of year"', () => expectNone('At that time of year the pass is closed.', DCT));
});

describe('this-time-year: "this time last year" is the DCT\'s month a year away', () => {
  it('back and ahead', () => {
    expectTimex('This time last year the shelves were empty.', DCT, { text: 'This time last year', type: 'DATE', value: '2023-05' });
    expectTimex('We hope to be open this time next year.', DCT, { text: 'this time next year', value: '2025-05' });
  });
  it('is no year away in "this time, last year\'s winners lost"', () =>
    expect(surface('This time, last year\'s winners lost.')).toEqual([['last year', '2023']]));
});
