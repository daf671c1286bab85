/** @jest-environment-options {"customExportConditions": ["umd", "node", "require", "default"]} */
// d3 modules ship ESM only; their "umd" export lets plain jest load them without transforming node_modules.
import { matchesFilter, sampleEvents, timelineData } from '@/lib/timeline';

const events = sampleEvents(500, 9);

describe('timelineData', () => {
  test('timelineData(events) orders marks by start and knows the extent', () => {
    const data = timelineData(events);
    const starts = Array.from(data.index.order, (e) => data.markStart[e]);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(data.extent[0]).toBe(starts[0]);
    expect(data.extent[1]).toBe(Math.max(...data.markEnd));
  });

  test('timelineData(subset, previous) reuses the previous work and gives what a fresh build gives', () => {
    const all = timelineData(events);
    const subset = events.filter((e) => matchesFilter(e, { person: 'Ada Lovelace' }));
    const derived = timelineData(subset, all);
    const fresh = timelineData(subset);
    expect(Array.from(derived.index.order)).toEqual(Array.from(fresh.index.order));
    expect(derived.markStart).toEqual(fresh.markStart);
    expect(derived.kind).toEqual(fresh.kind);
  });

  test('timelineData(subset, previous) does not parse dates of events it has seen', () => {
    const all = timelineData(events);
    // Poison the dates: if they were parsed again, the marks would be NaN.
    const poisoned = events.slice(0, 50).map((e) => e);
    for (const e of poisoned) Object.defineProperty(e, 'date', { get: () => ({ start: 'x', end: 'x', granularity: 'day' }), configurable: true });
    const derived = timelineData(poisoned, all);
    expect(Array.from(derived.markStart).every(Number.isFinite)).toBe(true);
  });

  test('timelineData of no events is empty', () => {
    expect(timelineData([]).index.order).toHaveLength(0);
  });
});

test('matchesFilter needs every given name', () => {
  const e = events.find((x) => x.people.length && x.places.length)!;
  expect(matchesFilter(e, {})).toBe(true);
  expect(matchesFilter(e, { person: e.people[0], place: e.places[0] })).toBe(true);
  expect(matchesFilter(e, { person: e.people[0], place: 'Atlantis' })).toBe(false);
});
