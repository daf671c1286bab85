import { tagTimexes } from '@/lib/extract/tag-timexes';
import { day, formatYear } from '@/lib/extract/timex/calendar';
import { expectNone, expectTimex } from './test-single-case';

const DCT = '2024-01-10';
const values = (text: string) => tagTimexes(text, { dct: DCT }).timexes.map((t) => [t.text, t.value]);

describe('era-year: years written with their era', () => {
  it('writes a year before Christ as TimeML does', () => expectTimex('Caesar landed in 55 BC.', DCT, { text: '55 BC', type: 'DATE', value: 'BC0055' }));
  it('reads "BCE" and "B.C."', () => {
    expectTimex('It fell in 146 BCE.', DCT, { text: '146 BCE', value: 'BC0146' });
    expectTimex('It fell in 146 B.C. and burned.', DCT, { text: '146 B.C.', value: 'BC0146' });
  });
  it('reads "AD" before or after the year', () => {
    expectTimex('The conquest began in AD 43, under Claudius.', DCT, { text: 'AD 43', value: '0043' });
    expectTimex('Rome was sacked in 410 A.D. by Alaric.', DCT, { text: '410 A.D.', value: '0410' });
  });
  it('counts on from a year before Christ', () =>
    expect(values('Caesar invaded in 55 BC. A year later he returned. He was murdered on 15 March 44 BC; the following day the senate met.')).toEqual([
      ['55 BC', 'BC0055'],
      ['A year later', 'BC0054'],
      ['15 March 44 BC', 'BC0044-03-15'],
      ['the following day', 'BC0044-03-16'],
    ]));
  it('keeps a day and month before a BC year', () => expectTimex('He was murdered on 15 March 44 BC.', DCT, { text: '15 March 44 BC', value: 'BC0044-03-15' }));
  it('keeps a month before an AD year', () => expectTimex('It burned in June AD 64.', DCT, { text: 'June AD 64', value: '0064-06' }));
  it('keeps a season before an era year', () => {
    expectTimex('The fleet sailed in the summer of 480 BC.', DCT, { text: 'the summer of 480 BC', value: 'BC0480-SU' });
    expectTimex('The Rhine froze in the winter of AD 406.', DCT, { text: 'the winter of AD 406', value: '0406-WI' });
  });
  it('does not take lower-case "ad" or a number that goes on for an era', () => {
    expectNone('They ran 30 ad slots in 12 cities.', DCT);
    expectNone('The AD 43rd bulletin', DCT);
  });
});

describe('era-range-start: the year that opens a range whose end has its era', () => {
  it('gives the era at the end of a range to a four-digit year that opens it', () => {
    expect(values('The palace was in use from 1650 to 1450 BC.')).toEqual([
      ['1650', 'BC1650'],
      ['1450 BC', 'BC1450'],
    ]);
    expect(values('The mill ran from 1850 to 1920.')).toEqual([
      ['1850', '1850'],
      ['1920', '1920'],
    ]);
  });
  it('reads a range written with a dash, in brackets or after "c."', () => {
    expect(values('The temple (704–681 BC) was rebuilt twice.')).toEqual([
      ['704', 'BC0704'],
      ['681 BC', 'BC0681'],
    ]);
    expect(values('The first dynasty ruled c. 3100–2890 BC.')).toEqual([
      ['c. 3100', 'BC3100'],
      ['2890 BC', 'BC2890'],
    ]);
  });
  it('leaves a range that runs the wrong way for its era alone', () => expect(values('Coins (50–90 BC) were found.')).toEqual([['90 BC', 'BC0090']]));
});

describe('early-year: years before 1000 without an era, in a text that gives eras', () => {
  it('reads "in 383" after AD years', () => expect(values('Britain was invaded in AD 43. In 383 the general left.')).toEqual([['AD 43', '0043'], ['383', '0383']]));
  it('takes the era of the years around it', () => expect(values('Caesar came in 55 BC and again in 54.')).toEqual([['55 BC', 'BC0055'], ['54', 'BC0054']]));
  it('leaves counts alone', () => expect(values('Rome fell in AD 476. It sent in 300 ships.')).toEqual([['AD 476', '0476']]));
  it('reads the end of a range of years, and a year before a place', () =>
    expect(values('Trajan ruled from AD 98 to 117. Born in 53 in Italica, he died in 117 at Selinus.')).toEqual([
      ['AD 98', '0098'],
      ['117', '0117'],
      ['53', '0053'],
      ['117', '0117'],
    ]));
  it('takes the era of a century written with one', () =>
    expect(values('The town was founded in 52 BC, and a temple stood there by the 2nd century AD. A church was built in 873.').slice(2)).toEqual([['873', '0873']]));
  it('reads "between 324 and 337" as two years, and "between 20 and 30 ships" as a count', () => {
    expect(values('Constantine was proclaimed in AD 306 and ruled alone between 324 and 337.').slice(1)).toEqual([
      ['324', '0324'],
      ['337', '0337'],
    ]);
    expect(values('Between 20 and 30 ships were lost in 480 BC.')).toEqual([['480 BC', 'BC0480']]);
  });
  it('is a count in a text without eras', () => expectNone('The index rose in 383 trades and closed at 296.', DCT));
  it('is a year of our era without one when three digits after "in" end the phrase', () =>
    expect(values('Kyoto became the capital in 794, and Heian culture flowered there.')).toEqual([['794', '0794']]));
  it('stays a count after other prepositions in a text without eras', () => expectNone('Stores rose to 450 from 360.', DCT));
});

describe('early-dated-year: days, months and seasons of years before 1000 without an era', () => {
  it('reads a day, a month and a season of an early year after AD years', () =>
    expect(values('Offa became king in AD 757. He died on 29 July 796; in March 792 he had a rival killed, and he spent the summer of 794 in Kent.')).toEqual([
      ['AD 757', '0757'],
      ['29 July 796', '0796-07-29'],
      ['March 792', '0792-03'],
      ['the summer of 794', '0794-SU'],
    ]));
  it('takes the era of the years around it', () => expect(values('Hannibal crossed the Alps in 218 BC and won at Cannae in August 216.')).toEqual([['218 BC', 'BC0218'], ['August 216', 'BC0216-08']]));
  it('reads a number up to 31 after a month as its day, and leaves a lower-case "may" alone', () =>
    expect(values('Rome fell in AD 476. On August 24 the city burned, and it may 300 times.').map(([text]) => text)).toEqual(['AD 476', 'August 24']));
  it('is no year in a text without eras', () => expect(values('The index rose in March 383 points.').map(([text]) => text)).toEqual(['March']));
});

describe('early-decade: decades before 1000 and two-digit decades in a text that gives eras', () => {
  it('reads a three-digit decade', () => expect(values('Hadrian built it in AD 122; Pius built another in the 140s.')).toEqual([['AD 122', '0122'], ['the 140s', '014']]));
  it('takes the century of the years around a two-digit decade', () => expect(values('Boudica rose in AD 60. By the 80s Agricola was in Scotland.')).toEqual([['AD 60', '0060'], ['the 80s', '008']]));
  it('reads a decade with its own era alone', () => expectTimex('In the 40s BC it was a republic.', DCT, { text: 'the 40s BC', value: 'BC004' }));
  it('takes the era a decade states', () => expect(values('Rome grew after AD 14. In the 40s BC it was a republic.')).toEqual([['AD 14', '0014'], ['the 40s BC', 'BC004']]));
  it('keeps a two-digit decade in the 1900s without eras', () => expectTimex('music of the 80s', DCT, { text: 'the 80s', value: '198' }));
  it('leaves three-digit "decades" alone without eras', () => expectNone('Temperatures were in the 140s.', DCT));
});

describe('calendar years before 100 and before Christ', () => {
  it('formatYear writes BC years with their marker', () => {
    expect(formatYear(-44)).toBe('BC0044');
    expect(formatYear(43)).toBe('0043');
  });
  it('day() keeps years 0-99 as they are', () => expect(day(60, 1, 1).getUTCFullYear()).toBe(60));
});
