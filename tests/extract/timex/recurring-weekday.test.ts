import { tagTimexes } from '@/lib/extract/tag-timexes';
import { expectTimex } from './test-single-case';

const DCT = '2024-06-12';

describe('weekdays said in the plural recur', () => {
  it('"on Tuesdays" is every Tuesday', () => expectTimex('The museum opens on Tuesdays.', DCT, { text: 'Tuesdays', type: 'SET', value: 'XXXX-WXX-2' }));
  it('"at weekends"', () => expectTimex('It closes at weekends.', DCT, { text: 'weekends', type: 'SET', value: 'XXXX-WXX-WE' }));
  it('"Sunday mornings" is every Sunday morning, with Sunday as ISO day 7', () =>
    expectTimex('We walk on Sunday mornings.', DCT, { text: 'Sunday mornings', type: 'SET', value: 'XXXX-WXX-7TMO' }));
  it('two weekdays share a plural part', () =>
    expect(tagTimexes('Flights leave on Monday and Tuesday nights.', { dct: DCT }).timexes.map((t) => [t.text, t.type, t.value])).toEqual([
      ['Monday', 'SET', 'XXXX-WXX-1TNI'],
      ['Tuesday nights', 'SET', 'XXXX-WXX-2TNI'],
    ]));
  it('a singular weekday and part stay one date', () => expectTimex('We met on Tuesday night.', DCT, { text: 'Tuesday night', type: 'DATE', value: '2024-06-11TNI' }));
});
