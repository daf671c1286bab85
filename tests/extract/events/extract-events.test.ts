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
