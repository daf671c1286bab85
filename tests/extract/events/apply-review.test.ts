import { applyReview } from '@/lib/extract/apply-review';
import type { NewEvent } from '@/lib/model';

function event(id: string, value: string, title: string, extra: Partial<NewEvent> = {}): NewEvent {
  return {
    id,
    title,
    date: { value, start: `${value}-01-01T00:00:00.000Z`, end: `${value}-12-31T23:59:59.999Z`, granularity: 'year', approximate: false },
    mentions: [],
    people: [],
    places: [],
    organizations: [],
    confidence: 0.7,
    ...extra,
  };
}

describe('applyReview(extracted, checked)', () => {
  const checked = [
    event('2020-harry-steps-down-as-a-working-royal', '2020', 'Harry steps down as a working royal', { confidence: 0.95, people: ['Prince Harry'] }),
    event('2019-a-checked-event-extraction-missed', '2019', 'A checked event extraction missed'),
  ];

  test('an extracted event of a checked happening takes its id and title and keeps what extraction found', () => {
    const mention = { documentId: 'd', start: 0, end: 40, timexStart: 30, timexEnd: 34, sentence: 'Harry stepped down as a working royal in 2020' };
    const out = applyReview(
      [event('2020-harry-stepped-down-as-a-working-royal', '2020', 'Harry stepped down as a working royal', { mentions: [mention], places: ['Sussex'] })],
      checked,
    );
    expect(out[0]).toMatchObject({
      id: '2020-harry-steps-down-as-a-working-royal',
      title: 'Harry steps down as a working royal',
      confidence: 0.95,
      mentions: [mention],
      people: ['Prince Harry'],
      places: ['Sussex'],
    });
  });

  test('extracted events nobody checked stay, and checked events extraction missed are added', () => {
    const out = applyReview([event('2025-whistler-hosts-the-games', '2025', 'Whistler hosts the Games')], checked);
    expect(out.map((e) => e.id)).toEqual(['2025-whistler-hosts-the-games', ...checked.map((c) => c.id)]);
  });
});
