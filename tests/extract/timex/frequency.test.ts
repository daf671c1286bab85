import { expectNone, expectTimex } from './test-single-case';

const DCT = '2021-06-09';

describe('frequency: "twice a year" is a SET of the unit, the count inside the extent', () => {
  it.each([
    ['the committee meets twice a year in Geneva', 'twice a year', 'P1Y'],
    ['take one tablet once a day with food', 'once a day', 'P1D'],
    ['buses run four times an hour at peak', 'four times an hour', 'PT1H'],
    ['inspectors visit 3 times per month', '3 times per month', 'P1M'],
    ['the board reviews it several times a week', 'several times a week', 'P1W'],
  ])('%s', (text, extent, value) => expectTimex(text, DCT, { text: extent, type: 'SET', value }));

  it('a count without a unit is no time expression', () => expectNone('he was arrested twice and fined three times', DCT));
});
