import { tagTimexes } from '@/lib/extract/tag-timexes';

describe('DCT inference', () => {
  it('takes the latest full date', () => {
    const { dct } = tagTimexes('The law passed on March 3, 2019. It took effect on April 1, 2019.');
    expect(dct).toEqual({ value: '2019-04-01', source: 'inferred', reason: expect.stringContaining('2019-04-01') });
  });

  it('reads a countdown to a dated event', () => {
    const { dct } = tagTimexes('With two years to go until the 2028 Olympics, the city is building. It rained on March 3.');
    expect(dct.source).toBe('inferred');
    expect(dct.value).toBe('2026-03-03');
    expect(dct.reason).toContain('2026');
  });

  it('uses a weekday stated for a date, after the latest year mentioned', () => {
    const { dct } = tagTimexes('He resigned in 2015; the next Games will be held in 2025. The Sunday service on March 5 was packed.');
    expect(dct.value).toBe('2017-03-05');
    expect(dct.reason).toContain('March 5 is a Sunday in 2017');
  });

  it('leaves the DCT unknown without evidence, and relatives unresolved', () => {
    const { dct, timexes } = tagTimexes('He left yesterday and returns next week. Sales fell in April.');
    expect(dct).toEqual({ value: null, source: 'none', reason: expect.any(String) });
    expect(timexes.map((t) => t.value)).toEqual(['XXXX-XX-XX', 'XXXX-WXX', 'XXXX-04']);
  });

  it('does not date a history by its last full date when it tells of later years', () => {
    const text = 'The war in Europe ended on 8 May 1945. On 10 May, crowds gathered. The Berlin Wall fell in November 1989.';
    const { dct, timexes } = tagTimexes(text);
    expect(dct).toEqual({ value: null, source: 'none', reason: expect.stringContaining('a history') });
    // Without a DCT the story's own dates anchor the rest.
    expect(timexes.find((t) => t.text === '10 May')?.value).toBe('1945-05-10');
  });

  it('counts a decade told of after the last full date as a later year', () => {
    const text = 'The king died on 9 September 1087 at Rouen. In the 1090s his sons quarrelled over the crown.';
    expect(tagTimexes(text).dct).toEqual({ value: null, source: 'none', reason: expect.stringContaining('reports 1090') });
  });

  it('reports a given DCT as given', () => {
    expect(tagTimexes('today', { dct: '2024-02-17' }).dct).toEqual({ value: '2024-02-17', source: 'given', reason: expect.any(String) });
  });

  it('refuses an impossible DCT', () => {
    expect(() => tagTimexes('today', { dct: '2024-02-30' })).toThrow(/calendar day/);
  });
});

describe('DCT inference and tense', () => {
  it('does not take an announced date for the publication date', () => {
    const { dct } = tagTimexes('The law passed on March 3, 2019. The vote will be held on May 5, 2019.');
    expect(dct.value).toBe('2019-03-03');
  });
});

describe('DCT inference from a dateline', () => {
  const story = 'LONDON, March 21 - The Bank held rates at 5.25 per cent on Thursday. Rates rose in August 2023. It will report on 9 May.';

  it("dates the story by its dateline's day, in the year the stated weekday agrees with after the years it reports", () => {
    const { dct } = tagTimexes(story);
    expect(dct).toEqual({ value: '2024-03-21', source: 'inferred', reason: expect.stringContaining('March 21 is a Thursday in 2024') });
  });

  it('leaves the year unknown when no weekday agrees with the dateline', () => {
    expect(tagTimexes(story.replace(' on Thursday', '')).dct.value).toBeNull();
  });
});
