import { tagTimexes } from '@/lib/extract/tag-timexes';
import { expectNone, expectTimex } from './test-single-case';

const DCT = '2024-02-17';
const REPORT_DCT = '1989-10-27';

describe('quarters, halves and seasons', () => {
  it('the third quarter', () => expectTimex('profit in the third quarter rose', REPORT_DCT, { text: 'the third quarter', value: '1989-Q3' }));
  it('third-quarter as a modifier', () => expectTimex('its third-quarter loss', REPORT_DCT, { text: 'third-quarter', value: '1989-Q3' }));
  it('the fourth quarter of 1990', () => expectTimex('by the fourth quarter of 1990.', REPORT_DCT, { text: 'the fourth quarter of 1990', value: '1990-Q4' }));
  it('the second quarter of next year', () =>
    expectTimex('a meeting in the second quarter of next year.', DCT, { text: 'the second quarter of next year', value: '2025-Q2' }));
  it('Q1 2024', () => expectTimex('results for Q1 2024 were', DCT, { text: 'Q1 2024', value: '2024-Q1' }));
  it('the second half of the year is the year under way, not the latest half begun', () =>
    expectTimex('Production will move to Ohio in the second half of the year.', DCT, { text: 'the second half of the year', value: '2024-H2' }));
  it('the first half', () => expectTimex('in the first half of 2023,', DCT, { text: 'the first half of 2023', value: '2023-H1' }));
  it('the quarter is the one reported on', () => expectTimex('a loss for the quarter; in addition', REPORT_DCT, { text: 'the quarter', value: '1989-Q3' }));
  it('the 1988 period is the reported quarter in 1988', () => expectTimex('compared with a loss in the 1988 period.', REPORT_DCT, { text: 'the 1988 period', value: '1988-Q3' }));
  it('the 1988 quarter follows the quarter the story is at', () =>
    expect(tagTimexes('Profit in the second quarter rose. It lost $2 million in the 1988 quarter.', { dct: REPORT_DCT }).timexes.map((t) => t.value)).toEqual(['1989-Q2', '1988-Q2']));
  it('"the 1988 period-end" and "a 1988 period" are not the reported period', () =>
    expect(tagTimexes('at the 1988 period-end, a 1988 period of growth', { dct: REPORT_DCT }).timexes.map((t) => t.text)).toEqual(['1988', '1988']));
  it('the year-ago third quarter', () => expectTimex('earned $22.5 million in the year-ago third quarter.', REPORT_DCT, { text: 'the year-ago third quarter', value: '1988-Q3' }));
  it('the comparable year-ago quarter', () => expectTimex('a loss in the comparable year-ago quarter.', REPORT_DCT, { text: 'the comparable year-ago quarter', value: '1988-Q3' }));
  it('a year-ago fourth quarter seen from the third is two years back', () =>
    expectTimex('up from the year-earlier fourth quarter', REPORT_DCT, { text: 'the year-earlier fourth quarter', value: '1987-Q4' }));
  it('"comparable" alone is not a period', () => expectNone('a comparable rise in sales', REPORT_DCT));
  it('the year-earlier quarter', () => expectTimex('from $3 million in the year-earlier quarter.', REPORT_DCT, { value: '1988-Q3' }));
  it("the week's busiest session", () => expectTimex("volume was the week's highest", REPORT_DCT, { text: 'the week', type: 'DATE' }));
  it('last fall', () => expectTimex('he resigned last fall', DCT, { text: 'last fall', value: '2023-FA' }));
  it('this summer', () => expectTimex('the Games this summer', DCT, { text: 'this summer', value: '2024-SU' }));
  it('this winter, said in October, is the coming one whatever the verb', () =>
    expectTimex('Unions warned of power cuts this winter.', '2023-10-16', { text: 'this winter', value: '2023-WI' }));
  it('this winter, said in February, is the one under way', () =>
    expectTimex('Gas use has fallen this winter.', '2023-02-06', { text: 'this winter', value: '2022-WI' }));
  it('the summer of 1969', () => expectTimex('in the summer of 1969', DCT, { text: 'the summer of 1969', value: '1969-SU' }));
  it('the end of the decade is the DCT\'s decade', () =>
    expectTimex('sales should double by the end of the decade.', '2026-01-08', { text: 'the end of the decade', type: 'DATE', value: '202', mod: 'END' }));
  it('a modal after a season starts its clause', () => expectTimex('He said action over the summer could not be ruled out.', DCT, { text: 'the summer', value: '2023-SU' }));
  it('a season that is spent is a time whatever follows', () =>
    expectTimex('The crew will spend the winter repairing the hull.', DCT, { text: 'the winter', value: '2024-WI' }));
  it('a quotation may end on a season', () => expectTimex('orders "picked up through the summer" and', DCT, { text: 'the summer', value: '2023-SU' }));
  it('a capitalised season before a name is part of the name', () => expectNone('The Summer Olympics opened in the Winter Palace.', DCT));
  it('so is one before "of" and a name', () => expectNone('Hippies flocked to the city for the Summer of Love.', DCT));
  it('a winter across the turn of the year is the one that begins in the first', () => {
    expectTimex('in the winter of 1941–42', DCT, { text: 'the winter of 1941–42', value: '1941-WI' });
    expectTimex('in winter 1995-1996', DCT, { text: 'winter 1995-1996', value: '1995-WI' });
  });
});

describe('fuzzy references', () => {
  it('now', () => expectTimex('There are now pragmatic aspects', DCT, { text: 'now', value: 'PRESENT_REF' }));
  it('currently', () => expectTimex('is currently in Canada', DCT, { value: 'PRESENT_REF' }));
  it('"current" before its noun is the present', () => expectTimex('the current chairman of the board', DCT, { text: 'current', value: 'PRESENT_REF' }));
  it('in recent years', () => expectTimex('said on both sides in recent years, but', DCT, { text: 'recent years', value: 'PAST_REF' }));
  it('recently', () => expectTimex('he recently moved', DCT, { value: 'PAST_REF' }));
  it('"as recently as" is a signal for the date after it', () => expectTimex('prices rose as recently as 2019.', DCT, { text: '2019', value: '2019' }));
  it('the future', () => expectTimex('visiting his father in the future', DCT, { text: 'the future', value: 'FUTURE_REF' }));
  it('a later date', () => expectTimex('to be sold at a later date.', DCT, { text: 'a later date', value: 'FUTURE_REF' }));
  it('as soon as possible', () => expectTimex('liquidate it "as soon as possible,"', DCT, { text: 'as soon as possible', value: 'FUTURE_REF' }));
  it('"as soon as" is not "soon"', () => expectTimex('as soon as Tuesday, Castro said', '2000-04-03', { text: 'Tuesday' }));
});

describe('holidays', () => {
  it('Election Day is the Tuesday after the first Monday of November', () =>
    expectTimex('ballots cast on Election Day were counted', '2020-11-05', { text: 'Election Day', type: 'DATE', value: '2020-11-03' }));
  it('Thanksgiving Day is the fourth Thursday of November', () => expectTimex('found on Thanksgiving Day clinging', '1999-12-01', { text: 'Thanksgiving Day', value: '1999-11-25' }));
  it('Christmas Eve', () => expectTimex('on Christmas Eve 2023 he', DCT, { text: 'Christmas Eve 2023', value: '2023-12-24' }));
  it('Easter moves with the moon', () => expectTimex('at Easter 2024 the church', DCT, { value: '2024-03-31' }));
  it('Michaelmas is a quarter day, dated in the year the story is at', () =>
    expect(tagTimexes('The rent fell due in 1420, and the tenant paid it at Michaelmas.', { dct: DCT }).timexes.map((t) => t.value)).toEqual(['1420', '1420-09-29']));
  it('Whitsun and Ash Wednesday move with Easter, which before 1583 is the Julian calendar\'s', () => {
    expectTimex('The barons met the king at Whitsun 1215.', DCT, { text: 'Whitsun 1215', value: '1215-06-07' });
    expectTimex('The fast began on Ash Wednesday 2024.', DCT, { text: 'Ash Wednesday 2024', value: '2024-02-14' });
    expectTimex('The abbey was consecrated at Easter 1189.', DCT, { text: 'Easter 1189', value: '1189-04-09' });
  });
  it("All Saints' Day is 1 November", () => expectTimex("The abbey was consecrated on All Saints' Day 1130.", DCT, { text: "All Saints' Day 1130", value: '1130-11-01' }));
  it('last Christmas', () => expectTimex('they met last Christmas', DCT, { text: 'last Christmas', value: '2023-12-25' }));
  it('a holiday followed by its date is one date: the date says it all', () =>
    expectTimex('He was shot on Good Friday, 14 April 1865, in a theatre.', DCT, { text: 'Good Friday, 14 April 1865', value: '1865-04-14' }));
});

describe('a game clock is no calendar period', () => {
  it('halves and quarters of a game are not tagged in a match report', () =>
    expectNone('The Bulls beat the Knicks 101-96 after trailing in the first half, and pulled away in the fourth quarter.', DCT));
  it('a dated half is still one in a match report', () =>
    expectTimex('The club, which won 2-0, made a loss in the first half of 2023.', DCT, { text: 'the first half of 2023', value: '2023-H1' }));
  it('a vote tally is no game', () => {
    expectTimex('The council voted 5-4 to raise fees in the third quarter.', DCT, { text: 'the third quarter' });
    expectTimex('Shares rose in the first half after the firm won a 5-4 ruling.', DCT, { text: 'the first half' });
  });
});
