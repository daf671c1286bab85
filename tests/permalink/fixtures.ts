import type { Event, Timeline } from '@/lib/model';

export const timeline: Timeline = {
  slug: 'royal-family',
  title: 'Prince Harry and the royal family, 2024',
  description: 'Events from a February 2024 news article.',
  createdAt: '2024-02-17T00:00:00.000Z',
  updatedAt: '2024-02-17T00:00:00.000Z',
};

/** An event as the store returns it; override what a test is about. */
export function makeEvent(overrides: Partial<Event> = {}): Event {
  return {
    id: '2024-01-29-king-charles-iii-leaves-the-london-clinic',
    timeline: 'royal-family',
    title: 'King Charles III leaves The London Clinic',
    summary: '',
    date: { value: '2024-01-29', start: '2024-01-29T00:00:00.000Z', end: '2024-01-29T23:59:59.999Z', granularity: 'day', approximate: false },
    mentions: [
      {
        documentId: 'royal-article',
        start: 1134,
        end: 1220,
        timexStart: 1210,
        timexEnd: 1220,
        sentence: 'King Charles III leaves The London Clinic with Queen Camilla by his side on January 29',
      },
    ],
    people: ['King Charles III', 'Queen Camilla'],
    places: ['The London Clinic'],
    organizations: [],
    tags: [],
    confidence: 0.95,
    editedByHand: false,
    createdAt: '2024-02-17T00:00:00.000Z',
    updatedAt: '2024-02-17T00:00:00.000Z',
    ...overrides,
  };
}
