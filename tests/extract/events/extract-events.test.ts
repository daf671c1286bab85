import { extractEvents } from '@/lib/extract/extract-events';

describe('run-on sentences', () => {
  test('the dates of one very long sentence share a few windows of it instead of one each', () => {
    const clause = (d: number) => `the council met on ${d} March 2024 with the mayor and the residents of the old harbour district`;
    const text = `${Array.from({ length: 120 }, (_, i) => clause((i % 28) + 1)).join(' and ')}.`;
    const { events } = extractEvents({ id: 'run-on', text, dct: '2024-04-01' });
    const windows = new Set(events.flatMap((e) => e.mentions ?? []).map((m) => `${m.start}:${m.end}`));
    expect(events.length).toBeGreaterThan(0);
    // 300-character blocks: about one window per block, not one per date.
    expect(windows.size).toBeLessThanOrEqual(Math.ceil(text.length / 300) + 2);
    for (const event of events) {
      for (const m of event.mentions ?? []) {
        expect(m.start).toBeLessThanOrEqual(m.timexStart);
        expect(m.timexEnd).toBeLessThanOrEqual(m.end);
        expect(text.slice(m.start, m.end)).toBe(m.sentence);
      }
    }
  });
});

describe('one happening, two dates in its sentence', () => {
  const eventsOf = (text: string, dct: string) => extractEvents({ id: 'd', text, dct }).events.map((e) => [e.date.value, e.title]);

  test('takes the finer date when one holds the other', () =>
    expect(eventsOf('William was crowned on Christmas Day of that year in Westminster Abbey.', '2009-05-01')).toEqual([
      ['2008-12-25', 'William was crowned in Westminster Abbey'],
    ]));

  test('takes the date a preposition ties to the verb over one that describes a noun', () =>
    expect(eventsOf('The company will report fourth-quarter results in late January.', '2024-10-24')).toEqual([['2025-01', 'The company will report results']]));

  test('keeps two dates that each tell something', () =>
    expect(eventsOf('The treaty was signed in 1919 and ratified in 1920.', '2009-05-01')).toEqual([
      ['1919', 'The treaty was signed'],
      ['1920', 'The treaty was ratified'],
    ]));
});

describe('dates that date nothing the sentence tells of', () => {
  const valuesOf = (text: string, dct: string) => extractEvents({ id: 'd', text, dct }).events.map((e) => e.date.value);

  test("a record's reference point and a comparison's baseline are not events", () => {
    expect(valuesOf('City went top on Sunday for the first time since August.', '2024-12-02')).toEqual(['2024-12-01']);
    expect(valuesOf('Revenue for the third quarter rose to $31 billion from $28 billion a year earlier.', '2024-10-24')).toEqual(['2024-Q3']);
  });
});

describe('the other dates of a sentence in a headline', () => {
  const titlesOf = (text: string, dct: string) => extractEvents({ id: 'd', text, dct }).events.map((e) => e.title);

  test('go, with their prepositions, but a duration a verb needs stays', () => {
    expect(titlesOf('In 1898 the couple found polonium, and in December, radium.', '2009-05-01')).toEqual([
      'The couple found polonium',
      'The couple found polonium, and radium',
    ]);
    expect(titlesOf('The project, begun in 2007, took nine years to complete.', '2009-05-01')[0]).toContain('took nine years');
  });
});

describe('pronouns in headlines', () => {
  test('a pronoun stands for someone named before it, not for a name between it and the date', () => {
    const text = 'Mary Hale was crowned in 1553. Her sister Anne Hale came to the throne in 1558.';
    const titles = extractEvents({ id: 'p', text, dct: '2020-01-01' }).events.map((e) => e.title);
    expect(titles).toContain("Mary Hale's sister Anne Hale came to the throne");
  });
});
