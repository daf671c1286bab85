import { tagTimexes } from '@/lib/extract/tag-timexes';
import { expectTimex } from './test-single-case';

const surface = (text: string, dct: string) => tagTimexes(text, { dct }).timexes.map((t) => [t.text, t.value]);

const DCT = '2024-02-17';

describe('units shifted from the DCT', () => {
  it('last week is the ISO week before', () => expectTimex('he flew back to the UK last week', DCT, { text: 'last week', value: '2024-W06' }));
  it('next year', () => expectTimex('the Games next year', DCT, { text: 'next year', value: '2025' }));
  it('this month', () => expectTimex('prices rose this month', DCT, { value: '2024-02' }));
  it('last quarter', () => expectTimex('sales fell last quarter', DCT, { value: '2023-Q4' }));
  it('this weekend', () => expectTimex('rain is expected this weekend', DCT, { text: 'this weekend', value: '2024-W07-WE' }));
  it('"earlier this year" has mod START', () => expectTimex('a clinic bombed early this year', DCT, { text: 'early this year', value: '2024', mod: 'START' }));
  it('"early next year"', () => expectTimex('to close early next year', DCT, { text: 'early next year', value: '2025', mod: 'START' }));
  it('"the past fortnight" is two weeks', () => expectTimex('talks intensified over the past fortnight.', DCT, { text: 'the past fortnight', type: 'DURATION', value: 'P2W' }));
  it('"the past year" is a duration', () => expectTimex('over the past year', DCT, { text: 'the past year', type: 'DURATION', value: 'P1Y' }));
});

describe('quoted speech in a history speaks from its speaker\'s day', () => {
  it('"this decade" quoted from 1961 is the 1960s; outside the quotation it is the DCT\'s', () =>
    expect(surface('The treaty was signed in March 1961. "This decade belongs to science," the minister said. Research budgets this decade are smaller.', DCT)).toEqual([
      ['March 1961', '1961-03'],
      ['This decade', '196'],
      ['this decade', '202'],
    ]));
  it('a quotation\'s future is its speaker\'s: "next year" said in 1921 is not after the DCT', () =>
    expect(surface('The mill opened in 1919 and was sold in 1921. "Next year we will double the output," the buyer said.', DCT)).toEqual([
      ['1919', '1919'],
      ['1921', '1921'],
      ['Next year', '1922'],
    ]));
  it('in the news a quotation\'s "this year" is still the DCT\'s', () =>
    expect(surface('Sales fell in 2019. "This year is better," the chief executive said.', DCT)).toEqual([
      ['2019', '2019'],
      ['This year', '2024'],
    ]));
});

describe('ago, earlier and later', () => {
  it('two weeks ago', () => expectTimex('He left two weeks ago.', DCT, { text: 'two weeks ago', type: 'DATE', value: '2024-W05' }));
  it('three days ago', () => expectTimex('It opened three days ago', DCT, { value: '2024-02-14' }));
  it('a decade ago is a year', () => expectTimex('It opened a decade ago', DCT, { text: 'a decade ago', value: '2014' }));
  it('half a unit and a count and a half are counted in the next smaller unit', () =>
    expect(surface('The dam was finished in 1902. Half a century later it was raised, and two and a half years later it burst.', DCT)).toEqual([
      ['1902', '1902'],
      ['Half a century later', '1952'],
      ['two and a half years later', '1954-XX'],
    ]));
  it('a year earlier keeps the precision of the date the story is at', () =>
    expect(surface('Profit was $5 million in the third quarter, up from $4 million a year earlier.', '1989-10-27')).toEqual([
      ['the third quarter', '1989-Q3'],
      ['a year earlier', '1988-Q3'],
    ]));
  it('a year earlier than "the nine months" of a report is the year before', () =>
    expect(surface('Sales rose in the third quarter. For the nine months, profit was $9 million, against $7 million a year earlier.', '1989-10-27')).toEqual([
      ['the third quarter', '1989-Q3'],
      ['the nine months', 'P9M'],
      ['a year earlier', '1988'],
    ]));
  it('the quarter a report is about is the one "a year earlier" counts back from', () =>
    expect(surface('On Tuesday the bank said that in the latest quarter it lent $9 million, up from $7 million a year earlier.', '1989-10-27')).toEqual([
      ['Tuesday', '1989-10-24'],
      ['the latest quarter', '1989-Q3'],
      ['a year earlier', '1988-Q3'],
    ]));
  it('a quarter the story announces is not the one its figures are for', () =>
    expect(surface('The closing will result in a fourth-quarter charge. Profit fell 5% in the latest quarter, from $8 million a year ago.', '1989-11-02')).toEqual([
      ['fourth-quarter', '1989-Q4'],
      ['the latest quarter', '1989-Q3'],
      ['a year ago', '1988-Q3'],
    ]));
  it('a quarter a report measures from is not the one its figures are for', () =>
    expect(surface('Profit rose in the third quarter. After a weak second quarter, sales recovered, helped by charges taken in the year-earlier period.', '1989-11-01')).toEqual([
      ['the third quarter', '1989-Q3'],
      ['second quarter', '1989-Q2'],
      ['the year-earlier period', '1988-Q3'],
    ]));
  it('the day that ends a quarter dates it; "a year earlier" counts from the quarter', () =>
    expect(surface('Sales rose 9% in the quarter ended Sept. 30, up from $5 million a year earlier.', '1989-11-01')).toEqual([
      ['the quarter', '1989-Q3'],
      ['Sept. 30', '1989-09-30'],
      ['a year earlier', '1988-Q3'],
    ]));
  it('a year the news mentions in passing does not date "the nine months" of its report', () =>
    expect(surface('She joined the bank in 1985. For the nine months, profit was $9 million, against $7 million a year earlier.', '1989-10-27').slice(-1)).toEqual([
      ['a year earlier', '1988'],
    ]));
  it('several years ago is the past', () => expectTimex('several years ago they met', DCT, { text: 'several years ago', value: 'PAST_REF' }));
  it('"months later" and "years ago" count as vaguely as "several"', () => {
    expectTimex('Months later the city fell.', DCT, { text: 'Months later', value: 'FUTURE_REF' });
    expectTimex('It was a farm years ago.', DCT, { text: 'years ago', value: 'PAST_REF' });
  });
  it('"two days before the vote" is a duration, not a date', () => expectTimex('two days before the vote', DCT, { text: 'two days', type: 'DURATION', value: 'P2D' }));
});

describe('units shifted from the date the story is at', () => {
  it('the following day', () =>
    expect(surface('He arrived on March 3, 1998. The following day he left.', '1999-01-01')).toEqual([
      ['March 3, 1998', '1998-03-03'],
      ['The following day', '1998-03-04'],
    ]));
  it('"the night before" is the night of the day before the story\'s', () =>
    expect(surface('The fleet sailed on 12 May 1941. The night before, the crews had been confined to the ships.', '1999-01-01')).toEqual([
      ['12 May 1941', '1941-05-12'],
      ['The night before', '1941-05-11TNI'],
    ]));
  it('naming the year the story is in keeps the day it is at', () =>
    expect(surface('On December 7 of that year, Japan attacked. The following day the US declared war.', '1999-01-01').slice(-1)).toEqual([
      ['The following day', '1998-12-08'],
    ]));
  it('"the previous year" is the year before the story\'s in a history, before the DCT\'s in the news', () => {
    expect(surface('The mill opened in 1872, burned in 1879 and was rebuilt in 1881. The previous year a flood had closed it.', '2024-02-17').slice(-1)).toEqual([['The previous year', '1880']]);
    expect(surface('Sales fell 3%. The previous year they had risen.', '2024-02-17')).toEqual([['The previous year', '2023']]);
  });
  it('a season or month of a year the story counts to is one date', () =>
    expect(surface('The mill opened in 1872, burned in 1879 and was rebuilt in 1881. In the autumn of that year it reopened, and in March of the following year it was sold.', '2024-02-17').slice(3)).toEqual([
      ['the autumn of that year', '1881-FA'],
      ['March of the following year', '1882-03'],
    ]));
  it('"that same year" is the year the story is at', () =>
    expect(surface('He arrived on March 3, 1998. That same year he left.', '1999-01-01')).toEqual([
      ['March 3, 1998', '1998-03-03'],
      ['That same year', '1998'],
    ]));
  it('a decade shifted from the decade the story is at', () =>
    expect(surface('Output rose in the 1880s and fell in the following decade.', '2024-02-17')).toEqual([
      ['the 1880s', '188'],
      ['the following decade', '189'],
    ]));
  it('"the end of the decade" is the story\'s decade in a history, the DCT\'s in the news', () => {
    expect(surface('The mill opened in 1872 and was sold in 1879. In the 1880s output fell, and by the end of the decade it was idle.', '2024-02-17').slice(-1)).toEqual([['the end of the decade', '188']]);
    expect(surface('The firm expects to double sales by the end of the decade.', '2024-02-17')).toEqual([['the end of the decade', '202']]);
  });
  it('"48 hours later" is two days on from the day the story is at', () =>
    expect(surface('The ship sank on 3 May 1915. 48 hours later the inquiry opened.', '2024-02-17').slice(1)).toEqual([['48 hours later', '1915-05-05']]));
  it('that month, without an earlier date, falls back to the DCT', () => expectTimex('Prices fell that month.', DCT, { value: '2024-02' }));
});

describe('histories: dates without a year follow the story', () => {
  const HISTORY = 'The war began in 1914. On 28 June, Franz Ferdinand was shot. In August, Germany invaded Belgium. By Christmas the front had frozen. In 1915 and 1916, millions died.';
  it('puts 28 June, August and Christmas in 1914', () =>
    expect(surface(HISTORY, '2024-02-17').slice(1, 4)).toEqual([
      ['28 June', '1914-06-28'],
      ['August', '1914-08'],
      ['Christmas', '1914-12-25'],
    ]));
  it('is a history with only two years stated, when both are long past', () =>
    expect(surface('The canal was dug in the summer of 1869. It opened on 17 November, and by March the first tolls were paid. It closed in 1956.', '2022-05-01').slice(1, 3)).toEqual([
      ['17 November', '1869-11-17'],
      ['March', '1870-03'],
    ]));
  it('is a history with one year stated, when the text opens on it long ago', () =>
    expect(surface('In March 1917 the tsar abdicated. In November the Bolsheviks seized power.', '2024-05-14')).toEqual([
      ['March 1917', '1917-03'],
      ['November', '1917-11'],
    ]));
  it('is one too when it opens on a holiday of that year', () =>
    expect(surface('At Easter 1916 the rebels seized the post office. In May their leaders were shot.', '2024-05-14')).toEqual([
      ['Easter 1916', '1916-04-23'],
      ['May', '1916-05'],
    ]));
  it('keeps news that recalls one old year later in the text on the DCT', () =>
    expect(surface('Shares fell on Monday to their lowest since 1987. In November they will recover.', '2024-05-14')).toContainEqual(['November', '2024-11']));
  it('puts "the end of the decade" under a future verb at the DCT, not in the story', () =>
    expect(surface('The museum was founded in 1885, moved in 1931 and rebuilt in 1962. Its restoration will last until the end of the decade.', '2024-05-14').pop()).toEqual([
      'the end of the decade',
      '202',
    ]));
  it('keeps the story at its day over a year told in the past perfect', () =>
    expect(surface('The bridge fell on 12 March 1879. Its engineer had designed it in 1870, and the inquiry sat the following month. It was rebuilt in 1887.', '2024-05-14').slice(2, 3)).toEqual([
      ['the following month', '1879-04'],
    ]));
  it('keeps news that recalls two recent years on the DCT', () =>
    expect(surface('The firm, founded in 2009 and listed in 2015, said profit rose on March 3.', '2024-05-01')).toContainEqual(['March 3', '2024-03-03']));
  it('keeps news that recalls old years on the DCT when it speaks from its own day', () =>
    expect(
      surface('The storm hit on Sunday. By Monday night power was out, the worst since 1921, 1935 and October 1960. The season runs through November 30.', '2024-10-14'),
    ).toContainEqual(['November 30', '2024-11-30']));
  it('keeps "the end of the year" on the DCT in the news', () =>
    expect(surface('Sales fell on Monday, as in 2019, 2020 and 2021. Prices rose yesterday. The firm expects a recovery by the end of the year.', '2024-02-17')).toContainEqual([
      'the end of the year',
      '2024',
    ]));
  it('keeps news about recent years on the DCT', () =>
    expect(surface('Sales rose in 2022 and 2023. In December they fell.', '2024-02-17')).toContainEqual(['December', '2023-12']));
});

describe('histories: the story moves on', () => {
  it('a month before the one the story has reached is in the next year', () =>
    expect(surface('The war in Europe began in 1939, and by 1940 France had fallen. Japan attacked on 7 December 1941. In January, the Allies met in Washington. In June the fleets fought at Midway. By December the tide had turned.', '2009-05-01').slice(3)).toEqual([
      ['January', '1942-01'],
      ['June', '1942-06'],
      ['December', '1942-12'],
    ]));
  it('"the end of the year" is the year the story is in, and weeks later than a bare year leave the week unknown', () =>
    expect(
      surface('The war began in 1939 and France fell in 1940. The Allies landed on 6 June 1944. By the end of the year Paris was free. Early in 1945 the Oder was crossed, and three weeks later Berlin was in sight.', '2009-05-01').slice(3),
    ).toEqual([
      ['the end of the year', '1944'],
      ['1945', '1945'],
      ['three weeks later', '1945-WXX'],
    ]));
  it('"that summer" is the story\'s, "the following spring" the next one after it', () =>
    expect(
      surface('The war began in 1939 and France fell in 1940. The Allies landed in June 1944. That summer Paris was freed. The following spring Berlin fell. Later that year the war ended.', '2009-05-01').slice(3),
    ).toEqual([
      ['That summer', '1944-SU'],
      ['The following spring', '1945-SP'],
      ['Later that year', '1945'],
    ]));
  it('a bare weekday is the one nearest the day the story is at', () =>
    expect(surface('The war began in 1939 and France fell in 1940. The Allies landed on 6 June 1944. Two days later, on Thursday, Bayeux fell.', '2009-05-01').slice(3)).toEqual([
      ['Two days later', '1944-06-08'],
      ['Thursday', '1944-06-08'],
    ]));
  it('a date that ends just before the point the story is at looks back within its year', () =>
    expect(surface('War broke out in July 1870, and by 19 September 1870 Paris was besieged. That winter was hard. In November the bread ran short; by December horses were eaten. A balloon, launched on 23 November, reached Norway. In January the city gave in.', '2020-05-01').slice(2)).toEqual([
      ['That winter', '1870-WI'],
      ['November', '1870-11'],
      ['December', '1870-12'],
      ['23 November', '1870-11-23'],
      ['January', '1871-01'],
    ]));
  it('"that December" is the story\'s month, with "that" inside; "the following March" the next one', () => {
    expect(surface('The fort fell in August 1754 and the war went on into 1755. That December the garrison marched home, and the king received them that January.', '2020-05-01').slice(2)).toEqual([
      ['That December', '1755-12'],
      ['that January', '1756-01'],
    ]);
    expect(surface('Work began in 1849. It stopped in October 1851 and began again the following March.', '2020-05-01').slice(2)).toEqual([['the following March', '1852-03']]);
  });
  it('"the previous autumn" is the last one before the story\'s point, and the story stays where it was', () =>
    expect(surface('The canal was begun in 1817 and opened in May 1825. The previous autumn the locks had failed. That summer, trade doubled.', '2020-05-01').slice(2)).toEqual([
      ['The previous autumn', '1824-FA'],
      ['That summer', '1825-SU'],
    ]));
  it('years later than a day, in a history, are a year, and the months after them fall in it', () =>
    expect(surface('Tests began in 1878, and the lamp was lit on 21 October 1879. Three years later, on 4 September, the station opened.', '2023-10-18').slice(2)).toEqual([
      ['Three years later', '1882'],
      ['4 September', '1882-09-04'],
    ]));
  it('months later than a day, in a history, are a month, and the story is at the day they lead to', () =>
    expect(surface('The abbey was founded in 1132 and burned in 1174. The new church was begun on 3 May 1175; a month later the old choir fell, and three days later the monks left.', '2023-10-18').slice(3)).toEqual([
      ['a month later', '1175-06'],
      ['three days later', '1175-06-06'],
    ]));
  it('a story at a whole year keeps its months in that year', () =>
    expect(surface('Work began in 1904 and ended in 1913. The canal opened in 1914. In January, tolls were set; in August the first ship passed.', '2009-05-01').slice(3)).toEqual([
      ['January', '1914-01'],
      ['August', '1914-08'],
    ]));

  it('"later" moves the reference date, and a year-only story leaves the day unknown', () =>
    expect(surface('The war began on 28 June 1914. A month later, Austria declared war. Two days later Germany mobilised. In 1915 and 1916 it spread. That night it rained.', '2013-03-01')).toEqual([
      ['28 June 1914', '1914-06-28'],
      ['A month later', '1914-07'],
      ['Two days later', '1914-07-30'],
      ['1915', '1915'],
      ['1916', '1916'],
      ['That night', '1916-XX-XXTNI'],
    ]));
});
