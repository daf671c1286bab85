import { tagTimexes } from '@/lib/extract/tag-timexes';
import { expectNone, expectTimex, testSingleCase } from './test-single-case';

const DCT = '2024-02-17';

describe('durations', () => {
  it('two years', () => expectTimex('he served two years in prison', DCT, { text: 'two years', type: 'DURATION', value: 'P2Y' }));
  it('minutes are PT', () => expectTimex('a visit of 45 minutes', DCT, { text: '45 minutes', value: 'PT45M' }));
  it('the next two years or so is APPROX, "or so" inside', () =>
    expectTimex('increased over the next two years or so, he said', DCT, { text: 'the next two years or so', type: 'DURATION', value: 'P2Y', mod: 'APPROX' }));
  it('two weeks or more is EQUAL_OR_MORE', () => expectTimex('stay two weeks or more, he said', DCT, { text: 'two weeks or more', value: 'P2W', mod: 'EQUAL_OR_MORE' }));
  it('1994 or later is ON_OR_AFTER', () => expectTimex("wouldn't be profitable until 1994 or later.", DCT, { text: '1994 or later', value: '1994', mod: 'ON_OR_AFTER' }));
  it('1990 and beyond is ON_OR_AFTER', () => expectTimex('cash flow for 1990 and beyond. In', DCT, { text: '1990 and beyond', value: '1990', mod: 'ON_OR_AFTER' }));
  it('"1990 or after the war" keeps the year alone', () => testSingleCase('in 1990 or after the vote', DCT, (t) => expect([t.text, t.mod]).toEqual(['1990', undefined])));
  it('"or something" and "or sooner" are not "or so"', () => {
    expectTimex('two years or something', DCT, { text: 'two years', value: 'P2Y' });
    expectTimex('two years or sooner', DCT, { text: 'two years' });
  });
  it('around 45 minutes is APPROX', () => expectTimex('to see Charles for around 45 minutes prompted', DCT, { text: 'around 45 minutes', value: 'PT45M', mod: 'APPROX' }));
  it('a hyphenated adjective', () => expectTimex('a five-year plan', DCT, { text: 'five-year', value: 'P5Y' }));
  it('takes in "a ... period" when the noun is only "period"', () => {
    expectTimex('Rents doubled over a 10-year period, the survey found.', DCT, { text: 'a 10-year period', type: 'DURATION', value: 'P10Y' });
    expectTimex('Sales rose 4% in the six-month period, the company said.', DCT, { text: 'the six-month period', value: 'P6M' });
    expectTimex('The board may add an extra 30-day period.', DCT, { text: '30-day', value: 'P30D' });
  });
  it('leaves "the" out before a noun', () => expectTimex('the 14-day waiting period', DCT, { text: '14-day', value: 'P14D' }));
  it('the past three months', () => expectTimex('in the past three months', DCT, { text: 'the past three months', value: 'P3M' }));
  it('the first nine months', () => expectTimex('for the first nine months', DCT, { text: 'the first nine months', value: 'P9M' }));
  it('"a single day", "an entire year" are one unit long', () => {
    expectTimex('they hope to finish in a single day.', DCT, { text: 'a single day', type: 'DURATION', value: 'P1D' });
    expectTimex('it took an entire year to', DCT, { text: 'an entire year', value: 'P1Y' });
  });
  it('"delayed by months" is an open stretch', () => expectTimex('the launch was delayed by months.', DCT, { text: 'months', type: 'DURATION', value: 'PXM' }));
  it('nights count days', () => expectTimex('after three nights in hospital', DCT, { text: 'three nights', type: 'DURATION', value: 'P3D' }));
  it('several months is PXM', () => expectTimex('it took several months', DCT, { text: 'several months', value: 'PXM' }));
  it('words with hyphens: twenty-four hours', () => expectTimex('within twenty-four hours.', DCT, { value: 'PT24H' }));
  it('half an hour, half a century', () => {
    expectTimex('she left half an hour after the warning', DCT, { text: 'half an hour', type: 'DURATION', value: 'PT30M' });
    expectTimex('it ruled for half a century', DCT, { text: 'half a century', value: 'P50Y' });
  });
  it('quarters: a quarter of a century, three quarters of an hour', () => {
    expectTimex('The dynasty ruled for the next quarter of a century.', DCT, { text: 'the next quarter of a century', type: 'DURATION', value: 'P25Y' });
    expectTimex('the crossing took three quarters of an hour', DCT, { text: 'three quarters of an hour', value: 'PT45M' });
  });
  it('halves: 5 1/2 hours', () => expectTimex('spent 5 1/2 hours there', DCT, { text: '5 1/2 hours', value: 'PT5H30M' }));
  it('at least 30 days', () => expectTimex('for at least 30 days', DCT, { text: 'at least 30 days', mod: 'EQUAL_OR_MORE' }));
  it('"over" is "more than" after a verb of lasting or a preposition, and "across" elsewhere', () => {
    expectTimex('a tour likely to last over a week', DCT, { text: 'over a week', mod: 'MORE_THAN' });
    expectTimex('The company ran for over a decade.', DCT, { text: 'over a decade', mod: 'MORE_THAN' });
    const { timexes } = tagTimexes('The airline grounded 800 flights over two days.', { dct: DCT });
    expect(timexes.map((t) => [t.text, t.value, t.mod])).toEqual([['two days', 'P2D', undefined]]);
  });
  it('more than four hours', () => expectTimex('lasted more than four hours', DCT, { text: 'more than four hours', mod: 'MORE_THAN' }));
  it('for years is PXY', () => expectTimex('he campaigned for years.', DCT, { text: 'years', value: 'PXY' }));
  it('"after months of talks" is a length; "the months of July and August" are no length', () => {
    expectTimex('The treaty was signed after months of talks.', DCT, { text: 'months', type: 'DURATION', value: 'PXM' });
    expect(tagTimexes('It rains in the months of July and August.', { dct: DCT }).timexes.map((t) => t.type)).toEqual(['DATE', 'DATE']);
  });
  it('"the years 1920 to 1925" names its years, with no length beside them', () =>
    expect(tagTimexes('The painter spent the years 1907 to 1911 in Munich.', { dct: DCT }).timexes.map((t) => t.text)).toEqual(['1907', '1911']));
  it('an open count of units after a verb of lasting', () => {
    expectTimex('a strike that could last weeks.', DCT, { text: 'weeks', type: 'DURATION', value: 'PXW' });
    expectTimex('The repairs took months to finish.', DCT, { text: 'months', value: 'PXM' });
  });
  it('"the last weeks of" is an adjective, no verb of lasting', () => expect(tagTimexes('in the last weeks before the vote', { dct: DCT }).timexes.map((t) => t.text)).not.toContain('weeks'));
  it('the part of an open stretch keeps its article: "in the early years of his reign"', () => {
    expectTimex('In the early years of his reign the king hunted.', DCT, { text: 'the early years', type: 'DURATION', value: 'PXY' });
    expectTimex('During the final months the city starved.', DCT, { text: 'the final months', value: 'PXM' });
    expectNone('In the first days after the vote, little changed.');
  });
  it('a vague count after a verb of extent: "took decades", "lasted weeks"', () => {
    expectTimex('Rebuilding the palace took decades.', DCT, { text: 'decades', type: 'DURATION', value: 'PXE' });
    expectTimex('The strike lasted weeks, not days.', DCT, { text: 'weeks', value: 'PXW' });
  });
  it('for centuries is PXC', () => expectTimex('ruled from Moscow for centuries.', DCT, { text: 'centuries', value: 'PXC' }));
  it('a length written as one adjective', () => {
    expectTimex('after a day-long meeting', DCT, { text: 'day-long', type: 'DURATION', value: 'P1D' });
    expectTimex('a two-week-long strike', DCT, { text: 'two-week-long', value: 'P2W' });
    expectTimex("the government's decades-long battle", DCT, { text: 'decades-long', value: 'PXE' });
  });
  it('"long-running" is no length of time', () => expectNone('a long-running feud'));
  it('leaves the verb "last" outside: "would last 90 days"', () => {
    expectTimex('The truce would last 90 days.', DCT, { text: '90 days', value: 'P90D' });
    expectTimex("The strike didn't last two weeks.", DCT, { text: 'two weeks', value: 'P2W' });
    expectTimex('Prices rose in the last two weeks.', DCT, { text: 'the last two weeks', value: 'P2W' });
  });
  it('a decade is ten years, as the corpora write it', () => expectTimex('it lasted a decade', DCT, { value: 'P10Y' }));
  it('joins the parts of one length of time, largest unit first', () => {
    expectTimex('She reigned for 63 years and seven months.', DCT, { text: '63 years and seven months', type: 'DURATION', value: 'P63Y7M' });
    expectTimex('The climb took two hours and 30 minutes.', DCT, { value: 'PT2H30M' });
    expectTimex('It ran a day and two hours late.', DCT, { value: 'P1DT2H' });
  });
  it('joins three parts or more: "8 days, 3 hours and 18 minutes"', () =>
    expectTimex('The voyage took 12 days, 5 hours and 40 minutes.', DCT, { text: '12 days, 5 hours and 40 minutes', value: 'P12DT5H40M' }));
  it('keeps a list of lengths apart', () =>
    expect(tagTimexes('Terms of five years and ten years were set.', { dct: DCT }).timexes.map((t) => t.value)).toEqual(['P5Y', 'P10Y']));
  it('"a hundred", "a thousand" keep their article', () => {
    expectTimex('The capital stood for a thousand years.', DCT, { text: 'a thousand years', value: 'P1000Y' });
    expectTimex('The war lasted a hundred and sixteen years.', DCT, { text: 'a hundred and sixteen years', value: 'P116Y' });
  });
  it('"between three and six minutes" adds no numbers: only "and" after a hundred or a thousand joins one', () =>
    expectTimex('The tremor lasted between two and four minutes.', DCT, { text: 'four minutes', value: 'PT4M' }));
  it('a count and a half: "two and a half hours", "a century and a half", "a minute and a half"', () => {
    expectTimex('The crossing took two and a half hours in calm weather.', DCT, { text: 'two and a half hours', value: 'PT2H30M' });
    expectTimex('The mill stood for a century and a half before the flood.', DCT, { text: 'a century and a half', value: 'P150Y' });
    expectTimex('The lights went out for a minute and a half.', DCT, { text: 'a minute and a half', value: 'PT1M30S' });
  });
  it('half of a unit: "half an hour", "the next half century"', () => {
    expectTimex('The meeting took half an hour.', DCT, { text: 'half an hour', type: 'DURATION', value: 'PT30M' });
    expectTimex('Over the next half century the town doubled.', DCT, { text: 'the next half century', value: 'P50Y' });
  });
});

describe('sets', () => {
  it('weekly', () => expectTimex('they speak weekly.', DCT, { text: 'weekly', type: 'SET', value: 'P1W' }));
  it('adjusted quarterly', () => expectTimex('rates will be adjusted quarterly and', DCT, { type: 'SET', value: 'P3M' }));
  it('every day', () => expectTimex('he trains every day', DCT, { text: 'every day', type: 'SET', value: 'P1D' }));
  it('each year', () => expectTimex('the fair held each year', DCT, { text: 'each year', value: 'P1Y' }));
  it('every other week', () => expectTimex('visits every other week', DCT, { value: 'P2W' }));
  it('every few hours is a SET of no stated period', () =>
    expectTimex('Nurses checked on him every few hours.', DCT, { text: 'every few hours', type: 'SET', value: 'PTXH' }));
  it('every third year', () => expectTimex('The synod met every third year at Toledo.', DCT, { text: 'every third year', type: 'SET', value: 'P3Y' }));
  it('every four years', () => expectTimex('the Games are held every four years.', DCT, { text: 'every four years', type: 'SET', value: 'P4Y' }));
  it('every fall is each fall, not a period of a year', () => expectTimex('the vaccine is offered every fall to', DCT, { text: 'every fall', type: 'SET', value: 'XXXX-FA' }));
  it('every morning is each morning, and every other night only its period', () => {
    expectTimex('The gates close every afternoon at the museum.', DCT, { text: 'every afternoon', type: 'SET', value: 'XXXX-XX-XXTAF' });
    expectTimex('He swims every morning.', DCT, { text: 'every morning', type: 'SET', value: 'XXXX-XX-XXTMO' });
    expectTimex('They met every other night.', DCT, { text: 'every other night', type: 'SET', value: 'P2D' });
  });
  it('each Thursday', () => expectTimex('departing each Thursday from Bombay', DCT, { text: 'each Thursday', type: 'SET', value: 'XXXX-WXX-4' }));
});

describe('rate: "a year" after a count of things', () => {
  it('is a SET', () => expectTimex('The abbey draws about 300,000 pilgrims a year.', DCT, { text: 'a year', type: 'SET', value: 'P1Y' }));
  it('is a SET after "a thousand", "a million"', () => expectTimex('The shrine drew more than a million visitors a year.', DCT, { text: 'a year', type: 'SET', value: 'P1Y' }));
  it('is a SET after a count in words', () => expectTimex('The mill ground twelve tonnes of grain a week.', DCT, { text: 'a week', type: 'SET', value: 'P1W' }));
  it('is no rate after a price or a whole period of time', () => {
    expectNone('a dividend of $1.76 a year', DCT);
    expect(tagTimexes('open 24 hours a day', { dct: DCT }).timexes.map((t) => t.type)).toEqual(['DURATION', 'DURATION']);
    expect(tagTimexes('staffed seven days a week', { dct: DCT }).timexes.map((t) => t.type)).toEqual(['DURATION', 'DURATION']);
  });
  it('is a SET after a count of four words', () =>
    expectTimex('The clinic treats 40 patients from outlying villages a week.', DCT, { text: 'a week', type: 'SET', value: 'P1W' }));
  it('is a SET after a part of a period', () =>
    expect(tagTimexes('Children should read for 20 minutes a day.', { dct: DCT }).timexes.map((t) => [t.text, t.type, t.value])).toEqual([
      ['20 minutes', 'DURATION', 'PT20M'],
      ['a day', 'SET', 'P1D'],
    ]));
  it('is no rate when counted from a date', () => expectTimex('It had sold 300 cars a year earlier.', DCT, { text: 'a year earlier', type: 'DATE' }));
});
