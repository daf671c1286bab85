import { expectNone, expectTimex } from './test-single-case';

describe('season-of-play: "this season", "last season", "next season" are valued by the year the season begins', () => {
  it.each([
    ['The Kings have lost 12 road games this season, their coach said.', '2023-03-02', 'this season', '2022'],
    ['She won the title last season and is the favourite again.', '2023-03-02', 'last season', '2021'],
    ['The county will field a younger side next season after five retirements.', '2022-09-14', 'next season', '2023'],
    ['Her 41 wickets this season are a club record.', '2022-08-10', 'this season', '2022'],
  ])('%s', (text, dct, extent, value) => expectTimex(text, dct, { text: extent, type: 'DATE', value }));

  it('"the next season" of a show is an ordinal, not a time', () => expectNone('Viewers will have to wait for the next season of the drama.', '2023-03-02'));
  it('"the show\'s last season" is its final one', () => expectNone("Critics disliked the show's last season and its next season too.", '2023-03-02'));
});
