import { expectNone, expectTimex } from './test-single-case';

const DCT = '2025-02-14';

describe('season-span: a season across the turn of a year is valued by the year it begins', () => {
  it.each([
    ['they won the league in the 2022-23 season, when', 'the 2022-23 season', '2022'],
    ['a poor 2019/20 campaign ended early', '2019/20 campaign', '2019'],
    ['enrolment for the 2024-2025 school year opens', 'the 2024-2025 school year', '2024'],
  ])('%s', (text, extent, value) => expectTimex(text, DCT, { text: extent, type: 'DATE', value }));

  it('two years that do not follow each other are no season', () => expectNone('the 2019-21 season', DCT));
});
