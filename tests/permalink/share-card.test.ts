/** @jest-environment-options {"customExportConditions": ["umd", "node", "require", "default"]} */
// d3 modules ship ESM only; their "umd" export lets plain jest load them without transforming node_modules.

import { focusWindow } from '@/lib/permalink/event-context';
import { cardTimeline } from '@/lib/permalink/share-card-layout';
import { makeEvent } from './fixtures';

describe('focus and share image', () => {
  test('focusWindow centres a day event in a two-month window', () => {
    const { from, to } = focusWindow(makeEvent());
    expect(to - from).toBe(60 * 86_400_000);
    expect((from + to) / 2).toBe(Date.parse('2024-01-29T12:00:00.000Z'));
  });

  test('focusWindow gives a year event nine years', () => {
    const year = makeEvent({ date: { value: '2020', start: '2020-01-01T00:00:00.000Z', end: '2020-12-31T23:59:59.999Z', granularity: 'year', approximate: false } });
    const { from, to } = focusWindow(year);
    expect((to - from) / (365.25 * 86_400_000)).toBeCloseTo(9, 1);
    expect(new Date((from + to) / 2).toISOString().slice(0, 7)).toBe('2020-07');
  });

  test('cardTimeline places the events in the window, the shared one last, and labels ticks', () => {
    const shared = makeEvent();
    const near = makeEvent({ id: 'near', date: { ...shared.date, value: '2024-02-11', start: '2024-02-11T00:00:00.000Z', end: '2024-02-11T23:59:59.999Z' } });
    const far = makeEvent({ id: 'far', date: { ...shared.date, value: '2020-01-01', start: '2020-01-01T00:00:00.000Z', end: '2020-01-01T23:59:59.999Z' } });
    const { marks, ticks } = cardTimeline([shared, near, far], shared.id, focusWindow(shared), 1000);
    expect(marks).toHaveLength(2);
    expect(marks[1]).toEqual({ x: 500, length: 0, selected: true });
    expect(marks[0].x).toBeGreaterThan(500);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    expect(ticks.every((t) => t.x >= 0 && t.x <= 1000 && t.label)).toBe(true);
  });
});
