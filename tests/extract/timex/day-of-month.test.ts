import { tagTimexes } from '@/lib/extract/tag-timexes';
import { expectNone, expectTimex } from './test-single-case';

const DCT = '2024-02-17';
const surface = (text: string) => tagTimexes(text, { dct: DCT }).timexes.map((t) => [t.text, t.value]);

describe('day-of-month: "on the 14th" is a day of the month the story is at', () => {
  it('takes the month the story is at, and the next one once the story is past that day', () =>
    expect(surface('The fleet sailed on 20 June 1798. On the 30th it reached Alexandria, and by the 2nd the army was ashore.')).toEqual([
      ['20 June 1798', '1798-06-20'],
      ['the 30th', '1798-06-30'],
      ['the 2nd', '1798-07-02'],
    ]));
  it('takes the DCT\'s month in the news', () => expectTimex('Rates will rise on the 14th, the bank said.', DCT, { text: 'the 14th', value: '2024-02-14' }));
  it('leaves an ordinal that counts something alone', () => {
    expectNone('He served on the 5th Army staff and lived on the 2nd floor.');
    expectTimex('It was built in the 14th century.', DCT, { text: 'the 14th century' });
  });
});
