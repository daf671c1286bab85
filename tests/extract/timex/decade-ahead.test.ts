import { expectTimex } from './test-single-case';

const DCT = '2023-08-10';

describe('decade-ahead', () => {
  it('over the next decade is ten years from now', () =>
    expectTimex('Spending on defence will rise over the next decade.', DCT, { text: 'the next decade', type: 'DURATION', value: 'P10Y' }));
  it('within the coming century', () =>
    expectTimex('Sea levels could rise a metre within the coming century.', DCT, { text: 'the coming century', type: 'DURATION', value: 'P100Y' }));
  it('without a preposition of a stretch it stays the calendar decade', () =>
    expectTimex('Flying cars may arrive in the next decade.', DCT, { text: 'the next decade', type: 'DATE' }));
});
