import { expectNone, expectTimex } from './test-single-case';

const DCT = '2024-06-06';

describe('historic-day: days that history names once', () => {
  it('D-Day is the day of the Normandy landings', () => expectTimex('Medics landed with the drug on D-Day.', DCT, { text: 'D-Day', type: 'DATE', value: '1944-06-06' }));
  it('VE Day and VJ Day', () => {
    expectTimex('Crowds filled the square on VE Day.', DCT, { text: 'VE Day', value: '1945-05-08' });
    expectTimex('The ship docked on V-J Day.', DCT, { text: 'V-J Day', value: '1945-08-15' });
  });
  it('leaves a decisive day of something else alone', () => {
    expectNone('It will be D-Day for the merger.', DCT);
    expectNone('the d-day for our launch', DCT);
  });
});
