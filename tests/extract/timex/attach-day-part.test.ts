import { expectNone, expectTimex } from './test-single-case';

const DCT = '2024-02-17';

describe('attach-day-part: "the night of" a date is one time', () => {
  it('the night of a day and month', () =>
    expectTimex('The bridge was blown on the night of 14 March 1945.', DCT, { text: 'the night of 14 March 1945', type: 'TIME', value: '1945-03-14TNI' }));
  it('the morning of a weekday and date', () =>
    expectTimex('Voting closed on the morning of Friday, Oct. 23, 1998.', DCT, { text: 'the morning of Friday, Oct. 23, 1998', type: 'TIME', value: '1998-10-23TMO' }));
  it('the evening of a weekday', () => expectTimex('They met on the evening of Tuesday.', DCT, { text: 'the evening of Tuesday', type: 'TIME', value: '2024-02-13TEV' }));
  it('leaves a month or a year alone: "the night of" names a day', () => {
    expectTimex('The raids began on the night of March 1945.', DCT, { text: 'March 1945', type: 'DATE', value: '1945-03' });
    expectTimex('It was the evening of 1945 for the empire.', DCT, { text: '1945', type: 'DATE', value: '1945' });
  });
  it('needs "of": "a night, 3 May" is no part of 3 May', () => expectTimex('They waited a night, 3 May 1808, in the cold.', DCT, { text: '3 May 1808', type: 'DATE', value: '1808-05-03' }));
  it('tags nothing for "the night of the attack"', () => expectNone('On the night of the attack the lights failed.', DCT));
});
