import { tagTimexes } from '@/lib/extract/tag-timexes';
import { expectTimex } from './test-single-case';

const DCT = '2024-02-17';

describe('months and dates (chrono-node parsers)', () => {
  it('the week of March 6 is that day\'s ISO week', () => expectTimex('resolved in a court hearing the week of March 6, he said', '2000-02-24', { text: 'the week of March 6', type: 'DATE', value: '2000-W10' }));
  it('the week of Jan. 4, 1999', () => expectTimex('during the week of Jan. 4, 1999.', '2000-02-24', { text: 'the week of Jan. 4, 1999', value: '1999-W01' }));
  it('"the week of March 40" is not a week of a day', () =>
    expect(tagTimexes('the week of March 40', { dct: '2000-02-24' }).timexes.map((t) => t.text)).not.toContain('the week of March 40'));
  it('reads a month and day in the DCT year', () => expectTimex('leaves the clinic on January 29', DCT, { text: 'January 29', value: '2024-01-29' }));
  it('reads an abbreviated month with a year', () => expectTimex('filed on Oct. 15, 1999, in court', DCT, { text: 'Oct. 15, 1999', value: '1999-10-15' }));
  it('reads day-month-year', () => expectTimex('born on 29 January 2024', DCT, { text: '29 January 2024', value: '2024-01-29' }));
  it('reads ISO dates', () => expectTimex('released 2024-02-16 to the press', DCT, { text: '2024-02-16', value: '2024-02-16' }));
  it('picks the year closest to the DCT', () => expectTimex('the deadline is Dec. 20', '1999-01-05', { value: '1998-12-20' }));
  it('lets a past verb move a far date back a year', () => expectTimex('he was shot on Oct. 23 at home', '1999-05-06', { value: '1998-10-23' }));
  it('a date without a year takes the year named earlier in its clause, not the DCT\'s', () => {
    const values = (text: string) => tagTimexes(text, { dct: '2024-10-20' }).timexes.map((t) => t.value);
    expect(values('In 2021 the bridge did not reopen until Nov. 2 because of the floods.')).toEqual(['2021', '2021-11-02']);
    expect(values('Last year the harvest began on Oct. 30.')).toEqual(['2023', '2023-10-30']);
    expect(values('Output fell in 2021, the company said on Oct. 10.')).toEqual(['2021', '2024-10-10']);
  });
  it('a date in a habit told in the present is any year\'s; a past habit is dated', () => {
    expectTimex('The lake usually freezes over by Dec. 20.', DCT, { text: 'Dec. 20', value: 'XXXX-12-20' });
    expectTimex('Sales typically peak in August.', DCT, { text: 'August', value: 'XXXX-08' });
    expectTimex('The pass usually closed by Dec. 20.', DCT, { text: 'Dec. 20', value: '2023-12-20' });
  });
  it('reads a month alone in the DCT year', () => expectTimex('Sales will rise in April.', DCT, { text: 'April', value: '2024-04' }));
  it('picks the closest year for a month', () => expectTimex('It opened in December.', DCT, { value: '2023-12' }));
  it('a future verb puts a month ahead, however close the one gone by', () => expectTimex('The ship will sail in December.', '2024-03-04', { text: 'December', value: '2024-12' }));
  it('lets a past verb move a far month back a year', () => expectTimex('Sales rose in June.', DCT, { value: '2023-06' }));
  it('without a tense, a far month is the one past: news reports what happened', () =>
    expectTimex('a share price of $29.75 in March', '1989-11-01', { text: 'March', value: '1989-03' }));
  it('reads a month and year', () => expectTimex('since July 1997 prices', DCT, { text: 'July 1997', value: '1997-07' }));
  it('reads "last November"', () => expectTimex('which opened last November', DCT, { text: 'last November', value: '2023-11' }));
  it('needs date context for "May"', () => expectTimex('Talks begin in May and', DCT, { text: 'May', value: '2024-05' }));
  it('reads a clock time on the DCT', () => expectTimex('The meeting began at 3 p.m. sharp', DCT, { text: '3 p.m.', type: 'TIME', value: '2024-02-17T15:00' }));
  it('joins a weekday to its date', () => expectTimex('on Friday, Oct. 23, he', '1998-11-21', { text: 'Friday, Oct. 23', value: '1998-10-23' }));
  it('tags each end of a time range', () =>
    expect(tagTimexes('open on March 3 from 10 a.m. to 6 p.m.', { dct: DCT }).timexes.map((t) => [t.text, t.value])).toEqual([
      ['March 3', '2024-03-03'],
      ['10 a.m.', '2024-03-03T10:00'],
      ['6 p.m.', '2024-03-03T18:00'],
    ]));
  it('keeps "March 3-5" whole', () => expectTimex('held March 3-5 in Leeds', DCT, { text: 'March 3-5', value: '2024-03-03' }));
  it('"the 5th of March" takes its article', () => expectTimex('rent is due on the 5th of March, she said', DCT, { text: 'the 5th of March', value: '2024-03-05' }));
  it('a time "on" a day stays apart from it, as TimeML leaves prepositions out, but is on that day', () =>
    expect(tagTimexes('The vote is at 6 p.m. on Friday, March 1, in the hall.', { dct: DCT }).timexes.map((t) => [t.text, t.type, t.value])).toEqual([
      ['6 p.m.', 'TIME', '2024-03-01T18:00'],
      ['Friday, March 1', 'DATE', '2024-03-01'],
    ]));
  it('so is a time told in a place\'s time: "9:32 a.m. local time on 16 July 1969"', () =>
    expect(tagTimexes('The liner docked at 7:45 a.m. local time on 9 June 1936.', { dct: DCT }).timexes.map((t) => [t.text, t.value])).toEqual([
      ['7:45 a.m.', '1936-06-09T07:45'],
      ['9 June 1936', '1936-06-09'],
    ]));
  it('"the night of" a date leaves the date alone, as TimeBank tags "on the night of Oct. 23"', () =>
    expectTimex('The bridge was blown on the night of 14 March 1945.', DCT, { text: '14 March 1945', type: 'DATE', value: '1945-03-14' }));
  it('a time restated in a bracket is on the day after it, and so is the restatement', () =>
    expect(tagTimexes('Flights resume at 9 a.m. (0800 GMT) on Friday, March 1.', { dct: DCT }).timexes.map((t) => [t.text, t.value])).toEqual([
      ['9 a.m.', '2024-03-01T09:00'],
      ['0800 GMT', '2024-03-01T08:00'],
      ['Friday, March 1', '2024-03-01'],
    ]));
  it('a time range before "on" a day is all on that day', () =>
    expect(tagTimexes('Polls open from 7 a.m. to 8 p.m. on Tuesday, March 5.', { dct: DCT }).timexes.map((t) => [t.text, t.value])).toEqual([
      ['7 a.m.', '2024-03-05T07:00'],
      ['8 p.m.', '2024-03-05T20:00'],
      ['Tuesday, March 5', '2024-03-05'],
    ]));
  it('a year said once belongs to every date of a range or list', () => {
    expect(tagTimexes('between June and August 2019, sales rose', { dct: DCT }).timexes.map((t) => t.value)).toEqual(['2019-06', '2019-08']);
    expect(tagTimexes('jobs lost in March, April and May of last year', { dct: DCT }).timexes.map((t) => t.value)).toEqual(['2023-03', '2023-04', '2023-05']);
    expect(tagTimexes('in the spring and summer of 1969', { dct: DCT }).timexes.map((t) => t.value)).toEqual(['1969-SP', '1969-SU']);
  });
  it('a year in another clause is not shared', () =>
    expect(tagTimexes('He met her in May and left in 2019.', { dct: DCT }).timexes.map((t) => t.value)).toEqual(['2024-05', '2019']));
  it('an approximate clock time keeps "about" with an APPROX mod', () =>
    expectTimex('police were called at about 2.40am after', DCT, { text: 'about 2.40am', type: 'TIME', mod: 'APPROX' }));
  it('so does an hour told in words', () =>
    expectTimex('The ferry sailed at about six in the evening.', DCT, { text: 'about six in the evening', type: 'TIME', mod: 'APPROX' }));
  it('a clock time takes over the part of the day it is joined to: "7pm tonight"', () =>
    expectTimex('A vigil will be held at 7pm tonight.', DCT, { text: '7pm tonight', type: 'TIME', value: '2024-02-17T19:00' }));
  it('midnight that opens a range is the start of its day', () =>
    expect(tagTimexes('Roads close between midnight and 4am on Sunday 18 February.', { dct: DCT }).timexes.map((t) => t.value)).toEqual([
      '2024-02-18T00:00',
      '2024-02-18T04:00',
      '2024-02-18',
    ]));
  it('a time joined to a weekday keeps it when the date follows', () =>
    expectTimex('polls close at 9 p.m. Tuesday, March 5, officials said', DCT, { text: '9 p.m. Tuesday, March 5', type: 'TIME', value: '2024-03-05T21:00' }));
  it('joins a time to its day', () => expectTimex('until 9 a.m. EST Tuesday.', '2000-04-03', { text: '9 a.m. EST Tuesday', type: 'TIME', value: '2000-04-04T09:00' }));
  it('joins a month to a year in words', () => expectTimex('January nineteen ninety-seven.', DCT, { value: '1997-01' }));
});

describe('month rule: "that" before a month', () => {
  it('keeps "that" outside when it opens a clause', () => {
    expectTimex('Officials said that December was the wettest month.', DCT, { text: 'December' });
    expect(tagTimexes('Officials said that May had lost the vote.', { dct: DCT }).timexes).toEqual([]);
  });
  it('keeps "that" outside when the month goes on as the subject of a clause', () => expectTimex('Analysts expect that June will be weak.', DCT, { text: 'June' }));
  it('takes "that" in after another verb: "crowned that October"', () => expectTimex('He was crowned that October, in Paris.', DCT, { text: 'that October' }));
  it('and "that same"', () =>
    expect(tagTimexes('The bridge opened in 1883. That same May a stampede killed twelve people on it.', { dct: DCT }).timexes.map((t) => [t.text, t.value])).toEqual([
      ['1883', '1883'],
      ['That same May', '1883-05'],
    ]));
});

describe('"that June" in the news is in the year the story is at', () => {
  const values = (text: string) => tagTimexes(text, { dct: DCT }).timexes.map((t) => t.value);
  it('a month', () => expect(values('The band last toured in 2011, and sold out three arenas that June.')).toEqual(['2011', '2011-06']));
  it('a season', () => expect(values('She moved to Leeds in 2015 and was promoted that autumn.')).toEqual(['2015', '2015-FA']));
  it('with no story year, the DCT decides', () => expect(values('Sales rose that June, she said.')).toEqual(['2023-06']));
});
