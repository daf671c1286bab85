import { mergeEvents, mergeIntoTimeline } from '@/lib/extract/merge-events';
import { Event, NewEvent } from '@/lib/model';

function event(id: string, value: string, title: string, extra: Partial<NewEvent> = {}, at = 0): NewEvent {
  return {
    id,
    title,
    date: { value, start: `${value}-01-01T00:00:00.000Z`, end: `${value}-12-31T23:59:59.999Z`, granularity: 'year', approximate: false },
    mentions: [{ documentId: 'doc', start: at, end: at + 50, timexStart: at + 10, timexEnd: at + 14, sentence: title }],
    people: [],
    places: [],
    organizations: [],
    confidence: 0.7,
    ...extra,
  };
}

const stored = (e: NewEvent): Event =>
  Event.parse({ ...e, timeline: 'royals', createdAt: '2024-02-17T00:00:00.000Z', updatedAt: '2024-02-17T00:00:00.000Z' });

describe('mergeEvents(events)', () => {
  test('two mentions of the same happening become one event with both mentions', () => {
    const merged = mergeEvents([
      event('2020-harry-stepped-down-as-a-working-royal', '2020', 'Harry stepped down as a working royal', { people: ['Prince Harry'], confidence: 0.6 }, 0),
      event('2020-the-sussexes-stepped-down-as-working-royals', '2020', 'The Sussexes stepped down as working royals', { confidence: 0.7 }, 500),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0].id).toBe('2020-harry-stepped-down-as-a-working-royal');
    expect(merged[0].mentions).toHaveLength(2);
    expect(merged[0].people).toEqual(['Prince Harry']);
    expect(merged[0].confidence).toBe(0.7);
  });

  test('shared names lower the bar for similar words', () => {
    const merged = mergeEvents([
      event('2024-a', '2024', 'Prince Harry and Meghan Markle with ABC presenter Will Reeve in Whistler', { people: ['Will Reeve'] }),
      event('2024-b', '2024', 'Prince Harry is spotted alongside American TV presenter Will Reeve in Whistler', { people: ['Will Reeve'] }, 100),
    ]);
    expect(merged.map((e) => e.id)).toEqual(['2024-a']);
  });

  test('different happenings, or the same words on another date, stay apart', () => {
    const merged = mergeEvents([
      event('2020-harry-stepped-down', '2020', 'Harry stepped down as a working royal'),
      event('2021-harry-stepped-down', '2021', 'Harry stepped down as a working royal', {}, 100),
      event('2020-the-couple-moved-to-california', '2020', 'The couple moved to California', {}, 200),
    ]);
    expect(merged).toHaveLength(3);
  });

  test('makes ids unique when two different happenings would share one', () => {
    const merged = mergeEvents([event('2020-x', '2020', 'Bank raises rates'), event('2020-x', '2021', 'Storm hits coast', {}, 90)]);
    expect(merged.map((e) => e.id)).toEqual(['2020-x', '2020-x-2']);
  });

  test('repeats the same mention only once', () => {
    const e = event('2020-a', '2020', 'Bank raises rates');
    expect(mergeEvents([e, e])[0].mentions).toHaveLength(1);
  });
});

describe('mergeIntoTimeline(existing, incoming)', () => {
  const existing = [stored(event('2020-harry-stepped-down-as-a-working-royal', '2020', 'Harry stepped down as a working royal'))];

  test('an incoming mention of an existing happening takes the existing id', () => {
    const out = mergeIntoTimeline(existing, [event('2020-the-sussexes-stepped-down-as-working-royals', '2020', 'The Sussexes stepped down as working royals')]);
    expect(out[0].id).toBe('2020-harry-stepped-down-as-a-working-royal');
  });

  test('a new happening keeps its id, made unique against the timeline; existing ids never change', () => {
    const out = mergeIntoTimeline(existing, [
      event('2020-harry-stepped-down-as-a-working-royal', '2020', 'Storms flood the coast'),
      event('2025-invictus-games', '2025', 'Invictus Games in Whistler'),
    ]);
    expect(out.map((e) => e.id)).toEqual(['2020-harry-stepped-down-as-a-working-royal-2', '2025-invictus-games']);
    expect(existing[0].id).toBe('2020-harry-stepped-down-as-a-working-royal');
  });
});
