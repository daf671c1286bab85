import { tagTimexes } from '@/lib/extract/tag-timexes';
import { expectNone, expectTimex } from './test-single-case';

const DCT = '2024-02-17'; // a Saturday

describe('days relative to the DCT', () => {
  it('today', () => expectTimex('the interview aired today', DCT, { text: 'today', type: 'DATE', value: '2024-02-17' }));
  it('yesterday', () => expectTimex('she did not ski yesterday', DCT, { value: '2024-02-16' }));
  it('tomorrow', () => expectTimex('he flies tomorrow', DCT, { value: '2024-02-18' }));
  it('last night is a TIME on the day before', () => expectTimex('it was claimed last night', DCT, { text: 'last night', type: 'TIME', value: '2024-02-16TNI' }));
  it('tonight', () => expectTimex('the show airs tonight', DCT, { type: 'TIME', value: '2024-02-17TNI' }));
  it('yesterday morning', () => expectTimex('they met yesterday morning', DCT, { text: 'yesterday morning', value: '2024-02-16TMO' }));
  it('"today" in a history is the present age, not the day it was published', () =>
    expect(tagTimexes('The abbey was founded in 1132 and dissolved in 1539. Today only the gatehouse stands.', { dct: DCT }).timexes.map((t) => [t.text, t.value])).toEqual([
      ['1132', '1132'],
      ['1539', '1539'],
      ['Today', 'PRESENT_REF'],
    ]));
  it('a history that ends on "today" and "last year" is still a history: its present-day "today" is no report\'s day', () =>
    expect(tagTimexes('The abbey was founded in 1132, rebuilt in 1290 and dissolved in 1539. The following year it was sold. Today only the gatehouse stands. It drew 5,000 visitors last year.', { dct: DCT }).timexes.map((t) => t.value)).toEqual(['1132', '1290', '1539', '1540', 'PRESENT_REF', '2023']));
  it('"today" told in the past is a report\'s day, and with another such word makes a text news', () =>
    expect(tagTimexes('The firm, founded in 1932, moved in 1990 and in 2001. Today it announced that sales fell last year; the following year will be better.', { dct: DCT }).timexes.map((t) => t.value)).toEqual(['1932', '1990', '2001', '2024-02-17', '2023', '2024']));
  it('"this morning" in a history is still the day it was published', () =>
    expect(tagTimexes('The abbey was founded in 1132 and dissolved in 1539. I visited it this morning.', { dct: DCT }).timexes.map((t) => t.value).slice(-1)).toEqual(['2024-02-17TMO']));
});

describe('weekdays, with the verb deciding the direction', () => {
  it('a past verb looks back', () => expectTimex('Harry was seen in Whistler on Wednesday', DCT, { text: 'Wednesday', value: '2024-02-14' }));
  it('a future verb looks ahead', () => expectTimex('Harry will meet him on Wednesday', DCT, { value: '2024-02-21' }));
  it('"last Tuesday" is the one before the DCT', () => expectTimex('There was no meeting last Tuesday', DCT, { text: 'last Tuesday', value: '2024-02-13' }));
  it('"next Monday" is the one after the DCT', () => expectTimex('talks resume next Monday', DCT, { text: 'next Monday', value: '2024-02-19' }));
  it('the DCT weekday itself is the DCT', () => expectTimex('He said Saturday that', DCT, { value: '2024-02-17' }));
  it('a name "Will" is not a future cue', () => expectTimex('Harry with Will Reeve in Whistler on Wednesday', DCT, { value: '2024-02-14' }));
  it("a possessive weekday is the one past, even under a future verb", () =>
    expectTimex("The club will appeal Thursday's ban", DCT, { text: 'Thursday', value: '2024-02-15' }));
  it('"the previous Friday" counts back from the day the story is at', () => {
    const { timexes } = tagTimexes('The index closed at 410 on June 7, 2019, up 1% from the previous Friday.', { dct: DCT });
    expect(timexes.map((t) => [t.text, t.value])).toEqual([
      ['June 7, 2019', '2019-06-07'],
      ['the previous Friday', '2019-05-31'],
    ]);
  });
  it('"the following Monday" counts on from it', () =>
    expect(tagTimexes('Talks opened on June 6, 2019 and resumed the following Monday.', { dct: DCT }).timexes[1]).toMatchObject({ text: 'the following Monday', value: '2019-06-10' }));
  it('"that Tuesday" is the Tuesday of the week the story is at, and does not make a history news', () =>
    expect(
      tagTimexes('The mill opened in 1851 and burned in 1866. The strike began on 12 March 1872. That Tuesday evening the owners gave in, and the following month wages rose.', { dct: DCT }).timexes.map((t) => [t.text, t.value]).slice(-2),
    ).toEqual([
      ['That Tuesday evening', '1872-03-12TEV'],
      ['the following month', '1872-04'],
    ]));
  it('with no day to count from, "the previous Friday" is the one before the DCT', () => expectTimex('Prices were higher than the previous Friday.', DCT, { value: '2024-02-16' }));
  it('a bare weekday in a history at a year is a weekday of that year, not one near the DCT', () =>
    expect(tagTimexes('The abbey was founded in 1132, rebuilt in 1290 and dissolved in 1539. The last abbot left on a Friday.', { dct: DCT }).timexes.map((t) => t.value).slice(-1)).toEqual(['1539-WXX-5']));
  it('a weekday with a part of the day', () => expectTimex('he was shot Friday night', DCT, { text: 'Friday night', type: 'DATE', value: '2024-02-16TNI' }));
});

describe('day words inside a quotation', () => {
  it('"tomorrow" quoted in a history is the day after the story\'s, and the story stays in its own year', () =>
    expect(
      tagTimexes('The army reached the river in May 1809 and halted on 20 May. "We cross tomorrow," the marshal wrote that evening. The bridge was finished on 21 May.', { dct: DCT }).timexes.map((t) => [t.text, t.value]),
    ).toEqual([
      ['May 1809', '1809-05'],
      ['20 May', '1809-05-20'],
      ['tomorrow', '1809-05-21'],
      ['that evening', '1809-05-20TEV'],
      ['21 May', '1809-05-21'],
    ]));
  it('"today" quoted in the news is still the DCT\'s day', () =>
    expectTimex('"We will sign the deal today," the minister said.', DCT, { text: 'today', value: '2024-02-17' }));
});

describe('parts of the day the story is at', () => {
  const DAY = '1998-03-06';
  it('a clock in the small hours after a story at an evening or night is the next day\'s', () =>
    expect(tagTimexes('The boat left harbour on Tuesday evening and sank at 1.40am.', { dct: DAY }).timexes.map((t) => t.value)).toEqual([
      '1998-03-03TEV',
      '1998-03-04T01:40',
    ]));
  it('"in the middle of the night" is the night, at its middle', () =>
    expect(tagTimexes('On Tuesday a pipe burst in the middle of the night.', { dct: DAY }).timexes.map(({ text, value, mod }) => [text, value, mod])).toEqual([
      ['Tuesday', '1998-03-03', undefined],
      ['the middle of the night', '1998-03-03TNI', 'MID'],
    ]));
  it('"towards the end of the day" is the end of the day the story is at; the idiom "at the end of the day" is no day', () => {
    expect(tagTimexes('The siege began on 3 May 1821. Towards the end of the day the walls were breached.', { dct: DCT }).timexes.map((t) => [t.text, t.value, t.mod])).toEqual([
      ['3 May 1821', '1821-05-03', undefined],
      ['the end of the day', '1821-05-03', 'END'],
    ]);
    expectNone('At the end of the day, voters want cheaper bills.', DAY);
  });
  it('"in the morning"', () => expectTimex('Dealers placed buy orders in the morning.', DAY, { text: 'the morning', type: 'TIME', value: '1998-03-06TMO' }));
  it('"by mid afternoon" keeps its modifier', () => expectTimex('By mid afternoon, officials spoke.', DAY, { text: 'mid afternoon', value: '1998-03-06TAF', mod: 'MID' }));
  it('a past clock time is not put on a day the story has looked ahead to', () =>
    expect(tagTimexes('Rain will fall until Friday. At 4 a.m., forecasters said the storm had stalled.', { dct: '2024-06-12' }).timexes.map((t) => [t.text, t.value])).toEqual([
      ['Friday', '2024-06-14'],
      ['4 a.m.', '2024-06-12T04:00'],
    ]));
  it('"late into the night" is the night of the day the story is at', () =>
    expect(tagTimexes('Talks on Tuesday ran late into the night.', { dct: DAY }).timexes.map((t) => t.value)).toEqual(['1998-03-03', '1998-03-03TNI']));
  it('"overnight" said after a day gone by is the night that follows it', () =>
    expect(tagTimexes('Crews cleared the line on Tuesday and stayed overnight to repair it.', { dct: DAY }).timexes.map((t) => t.value)).toEqual(['1998-03-03', '1998-03-03TNI']));
  it('"overnight" said after a day ahead is the night that follows it too', () =>
    expect(tagTimexes('Showers will die out on Saturday and skies will clear overnight.', { dct: DAY }).timexes.map((t) => t.value)).toEqual(['1998-03-07', '1998-03-07TNI']));
  it('"overnight" with no other day is the night just past', () => expectTimex('Temperatures fell overnight, forecasters said.', DAY, { text: 'overnight', value: '1998-03-05TNI' }));
  it('"overnight" is the night before the day the story is at', () => expectTimex('hit by overnight losses in New York', DAY, { text: 'overnight', value: '1998-03-05TNI' }));
  it('hours and minutes later than a clock time are a clock time, and the night after them is that day\'s', () =>
    expect(tagTimexes('The assault began on 4 June 1859. At 9 p.m. the gates fell; 90 minutes later the garrison surrendered. During the night the town burned.', { dct: DCT }).timexes.map((t) => [t.text, t.type, t.value])).toEqual([
      ['4 June 1859', 'DATE', '1859-06-04'],
      ['9 p.m.', 'TIME', '1859-06-04T21:00'],
      ['90 minutes later', 'TIME', '1859-06-04T22:30'],
      ['the night', 'TIME', '1859-06-04TNI'],
    ]));
  it('minutes and hours later than a day told without a clock time fall on that day', () =>
    expect(tagTimexes('The dam broke on 31 May 1889, after days of rain. About an hour later the flood reached the town.', { dct: DCT }).timexes.map((t) => [t.text, t.value])).toEqual([
      ['31 May 1889', '1889-05-31'],
      ['days', 'PXD'],
      ['About an hour later', '1889-05-31'],
    ]));
  it('a clock time "on" a day stays the story\'s clock when the day is said after it', () =>
    expect(tagTimexes('The alarm rang at 9 p.m. on 2 June 1900. Half an hour later the roof fell in.', { dct: DCT }).timexes.map((t) => [t.text, t.value])).toEqual([
      ['9 p.m.', '1900-06-02T21:00'],
      ['2 June 1900', '1900-06-02'],
      ['Half an hour later', '1900-06-02T21:30'],
    ]));
  it('an hour told by the part of the day', () => expectTimex('He will leave at 4 in the morning.', DAY, { text: '4 in the morning', value: '1998-03-06T04:00' }));
  it('"7 in the evening"', () => expectTimex('It starts at 7 in the evening.', DAY, { value: '1998-03-06T19:00' }));
  it('an hour in words: "nine in the morning", "ten o\'clock in the evening"', () => {
    expectTimex('The shelling began at nine in the morning.', DAY, { text: 'nine in the morning', value: '1998-03-06T09:00' });
    expectTimex("They met at ten o'clock in the evening.", DAY, { value: '1998-03-06T22:00' });
  });
  it('"at dawn", "by nightfall": the part of the day they fall in', () =>
    expect(tagTimexes('The raid began on 14 May 1940 at dawn; by nightfall the port had burned.', { dct: DAY }).timexes.map((t) => [t.text, t.type, t.value])).toEqual([
      ['14 May 1940', 'DATE', '1940-05-14'],
      ['dawn', 'TIME', '1940-05-14TMO'],
      ['nightfall', 'TIME', '1940-05-14TEV'],
    ]));
  it('"dawn" as a noun of its own is no time', () => expectNone('It was the dawn of a new age, and dusk fell on the old one.'));
  it('a habit is no time', () => expectNone('He works at night and sleeps by day.'));
  it('names are no times', () => expectNone('She hosts Morning Edition and runs a night club.'));
});
