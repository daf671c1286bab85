import { expectTimex } from './test-single-case';

const DCT = '2024-02-17'; // a Saturday

describe('days relative to the DCT', () => {
  it('today', () => expectTimex('the interview aired today', DCT, { text: 'today', type: 'DATE', value: '2024-02-17' }));
  it('yesterday', () => expectTimex('she did not ski yesterday', DCT, { value: '2024-02-16' }));
  it('tomorrow', () => expectTimex('he flies tomorrow', DCT, { value: '2024-02-18' }));
  it('last night is a TIME on the day before', () => expectTimex('it was claimed last night', DCT, { text: 'last night', type: 'TIME', value: '2024-02-16TNI' }));
  it('tonight', () => expectTimex('the show airs tonight', DCT, { type: 'TIME', value: '2024-02-17TNI' }));
  it('yesterday morning', () => expectTimex('they met yesterday morning', DCT, { text: 'yesterday morning', value: '2024-02-16TMO' }));
});

describe('weekdays, with the verb deciding the direction', () => {
  it('a past verb looks back', () => expectTimex('Harry was seen in Whistler on Wednesday', DCT, { text: 'Wednesday', value: '2024-02-14' }));
  it('a future verb looks ahead', () => expectTimex('Harry will meet him on Wednesday', DCT, { value: '2024-02-21' }));
  it('"last Tuesday" is the one before the DCT', () => expectTimex('There was no meeting last Tuesday', DCT, { text: 'last Tuesday', value: '2024-02-13' }));
  it('"next Monday" is the one after the DCT', () => expectTimex('talks resume next Monday', DCT, { text: 'next Monday', value: '2024-02-19' }));
  it('the DCT weekday itself is the DCT', () => expectTimex('He said Saturday that', DCT, { value: '2024-02-17' }));
  it('a name "Will" is not a future cue', () => expectTimex('Harry with Will Reeve in Whistler on Wednesday', DCT, { value: '2024-02-14' }));
  it('a weekday with a part of the day', () => expectTimex('he was shot Friday night', DCT, { text: 'Friday night', type: 'DATE', value: '2024-02-16TNI' }));
});
