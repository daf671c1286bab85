import type { Event } from '@/lib/model';
import { countsByYear } from '@/lib/dataset/counts-by-year';
import { facetsOf } from '@/lib/dataset/facets';
import { filterEvents } from '@/lib/dataset/filter-events';

function event(id: string, start: string, names: Partial<Pick<Event, 'people' | 'places' | 'organizations' | 'tags'>> = {}): Event {
  return {
    id,
    timeline: 't',
    title: id,
    summary: '',
    date: { value: start.slice(0, 10), start, end: start, granularity: 'day', approximate: false },
    mentions: [],
    people: [],
    places: [],
    organizations: [],
    tags: [],
    confidence: 0.9,
    editedByHand: false,
    createdAt: start,
    updatedAt: start,
    ...names,
  };
}

describe('facetsOf', () => {
  it('counts each name once per event, most frequent first, then by name', () => {
    const facets = facetsOf([
      event('a', '2020-01-01T00:00:00.000Z', { people: ['Harry', 'Charles'], places: ['London'] }),
      event('b', '2021-01-01T00:00:00.000Z', { people: ['Harry'], tags: ['royal'] }),
      event('c', '2022-01-01T00:00:00.000Z', { people: ['Anne'] }),
    ]);
    expect(facets.people).toEqual([
      { name: 'Harry', count: 2 },
      { name: 'Anne', count: 1 },
      { name: 'Charles', count: 1 },
    ]);
    expect(facets.places).toEqual([{ name: 'London', count: 1 }]);
    expect(facets.organizations).toEqual([]);
    expect(facets.tags).toEqual([{ name: 'royal', count: 1 }]);
  });
});

describe('countsByYear', () => {
  it('is empty for no events', () => {
    expect(countsByYear([])).toEqual([]);
  });

  it('counts events by the year they start in, filling the gaps between', () => {
    const counts = countsByYear([
      event('a', '2020-03-01T00:00:00.000Z'),
      event('b', '2020-11-01T00:00:00.000Z'),
      event('c', '2023-01-01T00:00:00.000Z'),
    ]);
    expect(counts).toEqual([
      { year: 2020, count: 2 },
      { year: 2021, count: 0 },
      { year: 2022, count: 0 },
      { year: 2023, count: 1 },
    ]);
  });

  it('lists only the years that have events when the span is too long to draw every year', () => {
    const counts = countsByYear([event('a', '-000043-03-15T00:00:00.000Z'), event('b', '2024-01-01T00:00:00.000Z')], 100);
    expect(counts).toEqual([
      { year: -43, count: 1 },
      { year: 2024, count: 1 },
    ]);
  });
});

describe('filterEvents', () => {
  const events = [
    { ...event('clinic', '2024-01-29T00:00:00.000Z', { places: ['The London Clinic'] }), title: 'King leaves clinic', confidence: 0.95 },
    { ...event('games', '2025-01-01T00:00:00.000Z'), title: 'Invictus Games (100%) in Whistler', confidence: 0.6 },
  ];

  it('returns the same array when nothing filters', () => {
    expect(filterEvents(events, {})).toBe(events);
  });
  it('matches text case-insensitively in titles and names, literally', () => {
    expect(filterEvents(events, { q: 'london CLINIC' }).map((e) => e.id)).toEqual(['clinic']);
    expect(filterEvents(events, { q: '100%' }).map((e) => e.id)).toEqual(['games']);
    expect(filterEvents(events, { q: '%' }).map((e) => e.id)).toEqual(['games']);
  });
  it('drops events below the minimum confidence', () => {
    expect(filterEvents(events, { minConfidence: 0.7 }).map((e) => e.id)).toEqual(['clinic']);
  });
});
