import { expectTimex } from './test-single-case';

const DAY = '1998-03-06';

describe('wire-service clock times', () => {
  it('four digits with a zone are a time on the day the story is at, not a year', () =>
    expectTimex('The blast came at 1930 GMT.', DAY, { text: '1930 GMT', type: 'TIME', value: '1998-03-06T19:30' }));
  it('take the day that follows them', () =>
    expectTimex('The polls close at 0800 UTC Tuesday.', DAY, { text: '0800 UTC Tuesday', type: 'TIME', value: '1998-03-03T08:00' }));
  it('without a zone, four digits stay a year', () => expectTimex('The blast came in 1930.', DAY, { text: '1930', type: 'DATE', value: '1930' }));
});
