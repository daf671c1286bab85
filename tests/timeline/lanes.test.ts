/** @jest-environment-options {"customExportConditions": ["umd", "node", "require", "default"]} */
// d3 modules ship ESM only; their "umd" export lets plain jest load them without transforming node_modules.

import type { Event } from '@/lib/model';
import { density, groupLanes, sampleEvents } from '@/lib/timeline';

const ev = (people: string[], documentId = 'doc-1') => ({ people, places: [], organizations: [], tags: [], mentions: [{ documentId, start: 0, end: 1, timexStart: 0, timexEnd: 1, sentence: 'x' }] }) as unknown as Event;

describe('groupLanes', () => {
  const events = [ev(['Ada']), ev(['Ada', 'Alan']), ev([]), ev(['Alan']), ev(['Ada'], 'doc-2')];
  const order = Int32Array.from([0, 1, 2, 3, 4]);

  test('groupLanes(none) is one lane with every event', () => {
    expect(groupLanes(events, order, 'none')).toEqual([{ key: 'all', label: 'All events', members: order }]);
  });
  test('groupLanes(person) puts an event in the lane of each person, busiest first, and keeps the rest last', () => {
    const lanes = groupLanes(events, order, 'person');
    expect(lanes.map((l) => [l.label, Array.from(l.members)])).toEqual([
      ['Ada', [0, 1, 4]],
      ['Alan', [1, 3]],
      ['No person named', [2]],
    ]);
  });
  test('groupLanes(document) groups by source document', () => {
    expect(groupLanes(events, order, 'document').map((l) => l.label)).toEqual(['doc-1', 'doc-2']);
  });
  test('groupLanes keeps at most maxLanes lanes, folding the quiet ones together', () => {
    const lanes = groupLanes(events, order, 'person', 2);
    expect(lanes.map((l) => [l.label, Array.from(l.members)])).toEqual([
      ['Ada', [0, 1, 4]],
      ['Everything else', [1, 2, 3]],
    ]);
  });
});

test('density counts marks per bin and ignores marks outside', () => {
  expect(Array.from(density([0, 1, 5, 9.99, 10, -1], 0, 10, 2))).toEqual([2, 2]);
});

test('sampleEvents is deterministic and valid', async () => {
  const { Event } = await import('@/lib/model');
  const a = sampleEvents(200, 42);
  expect(sampleEvents(200, 42)).toEqual(a);
  expect(sampleEvents(200, 43)).not.toEqual(a);
  for (const e of a) expect(() => Event.parse(e)).not.toThrow();
  expect(new Set(a.map((e) => e.date.granularity)).size).toBeGreaterThan(4);
  expect(a.some((e) => e.date.approximate)).toBe(true);
});
