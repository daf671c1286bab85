import { tagTimexes } from '@/lib/extract/tag-timexes';

const surface = (text: string, dct: string) => tagTimexes(text, { dct }).timexes.map((t) => [t.text, t.value]);

describe('"that <season>" before a preposition', () => {
  it('is the story\'s season: "many settlers died that winter on the coast"', () =>
    expect(surface('The colonists landed in 1607. Many settlers died that winter on the coast.', '2022-03-01')).toEqual([
      ['1607', '1607'],
      ['that winter', '1607-WI'],
    ]));
  it('"the winter before," is the winter before the story\'s season, as "the previous winter" is', () =>
    expect(surface('The canal froze in March 1795. The winter before, barges had been stranded for weeks.', '2022-03-01')).toEqual([
      ['March 1795', '1795-03'],
      ['The winter before', '1794-WI'],
      ['weeks', 'PXW'],
    ]));
  it('a bare season before the season the story is at is the next year\'s, however close the two', () =>
    expect(surface('The whalers sailed in 1830. By late summer 1831 the ice had closed around them. In early spring the first men died.', '2022-03-01')).toEqual([
      ['1830', '1830'],
      ['late summer 1831', '1831-SU'],
      ['early spring', '1832-SP'],
    ]));
  it('"that same summer" is "that summer"', () =>
    expect(surface('The fort was begun in May 1702. That same summer the French attacked it.', '2022-03-01')).toEqual([
      ['May 1702', '1702-05'],
      ['That same summer', '1702-SU'],
    ]));
  it('is no time when it is a noun after plain "the": "the spring on the hillside"', () =>
    expect(surface('In 1890 the villagers drew water from the spring on the hillside.', '2022-03-01')).toEqual([['1890', '1890']]));
});

describe('a bare season ("in summer")', () => {
  it('told in the present is any year\'s: "In winter the towpath is used by skiers"', () =>
    expect(surface('The canal opened in 1825, was widened in 1860 and closed in 1932. In winter the towpath is used by skiers.', '2022-03-01').pop()).toEqual([
      'winter',
      'XXXX-WI',
    ]));
  it('told in the past is the story\'s: "In winter the retreat began"', () =>
    expect(surface('The army took Moscow in 1812. In winter the retreat began.', '2022-03-01').pop()).toEqual(['winter', '1812-WI']));
});
