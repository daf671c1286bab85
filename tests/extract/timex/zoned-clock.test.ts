import { tagTimexes } from '@/lib/extract/tag-timexes';
import { expectTimex } from './test-single-case';

const DAY = '1998-03-06';

describe('wire-service clock times', () => {
  it('four digits with a zone are a time on the day the story is at, not a year', () =>
    expectTimex('The blast came at 1930 GMT.', DAY, { text: '1930 GMT', type: 'TIME', value: '1998-03-06T19:30' }));
  it('take the day that follows them', () =>
    expectTimex('The polls close at 0800 UTC Tuesday.', DAY, { text: '0800 UTC Tuesday', type: 'TIME', value: '1998-03-03T08:00' }));
  it('one restating a local clock in a bracket crosses midnight with the zone, and leaves the story at the local day', () => {
    const values = (text: string) => tagTimexes(text, { dct: DAY }).timexes.map((t) => t.value);
    expect(values('On Friday the count began at 9 p.m. EST (0200 GMT), and results came at 11 p.m.')).toEqual(['1998-03-06', '1998-03-06T21:00', '1998-03-07T02:00', '1998-03-06T23:00']);
    expect(values('On Friday the quake struck at 2 a.m. (1700 GMT).')).toEqual(['1998-03-06', '1998-03-06T02:00', '1998-03-05T17:00']);
    expect(values('On Friday the ship docked at 10:35 a.m. (0735 GMT).')).toEqual(['1998-03-06', '1998-03-06T10:35', '1998-03-06T07:35']);
  });
  it('a military time with "hours" after a preposition is a time, with or without its colon', () => {
    expectTimex('The guns opened fire at 0545 hours.', DAY, { text: '0545 hours', type: 'TIME', value: '1998-03-06T05:45' });
    expectTimex('The guns opened fire at 05:45 hours.', DAY, { text: '05:45 hours', type: 'TIME', value: '1998-03-06T05:45' });
  });
  it('the minutes of a military time are no count of hours', () =>
    expect(tagTimexes('The log reads 05:45 hours.', { dct: DAY }).timexes.map((t) => t.type)).not.toContain('DURATION'));
  it('"hours" after a count is no clock', () => expect(tagTimexes('The crew logged 1800 hours.', { dct: DAY }).timexes.map((t) => t.type)).not.toContain('TIME'));
  it('without a zone, four digits stay a year', () => expectTimex('The blast came in 1930.', DAY, { text: '1930', type: 'DATE', value: '1930' }));
});
