import type { Event } from '@/lib/model';
import { mergeEvent } from '@/lib/store/merge-event';
import { mention, wholeDay } from './fixtures';

const stored: Event = {
  id: 'e',
  timeline: 't',
  title: 'Stored title',
  summary: 'Stored summary',
  date: { value: '2024-01-29', ...wholeDay('2024-01-29'), granularity: 'day', approximate: false },
  mentions: [mention('d1', 'First.')],
  people: ['King Charles'],
  places: [],
  organizations: ['NHS'],
  tags: ['royals'],
  confidence: 0.6,
  editedByHand: false,
  createdAt: '2024-02-01T00:00:00.000Z',
  updatedAt: '2024-02-01T00:00:00.000Z',
};

const incoming = (overrides: Partial<Event>): Event => ({
  ...stored,
  title: 'Incoming title',
  summary: 'Incoming summary',
  date: { value: '2024-01-30', ...wholeDay('2024-01-30'), granularity: 'day', approximate: true },
  mentions: [mention('d2', 'Second.')],
  people: [],
  organizations: [],
  tags: [],
  createdAt: '2024-03-01T00:00:00.000Z',
  updatedAt: '2024-03-01T00:00:00.000Z',
  ...overrides,
});

describe('mergeEvent', () => {
  test('mergeEvent keeps the stored wording and date when the incoming copy is less confident', () => {
    const merged = mergeEvent(stored, incoming({ confidence: 0.5 }));
    expect(merged).toMatchObject({ title: 'Stored title', summary: 'Stored summary', date: stored.date, confidence: 0.6 });
  });

  test('mergeEvent takes the wording and date of an incoming copy at least as confident', () => {
    const tie = mergeEvent(stored, incoming({ confidence: 0.6 }));
    expect(tie).toMatchObject({ title: 'Incoming title', summary: 'Incoming summary', date: { value: '2024-01-30', approximate: true } });
    expect(mergeEvent(stored, incoming({ confidence: 0.9 })).confidence).toBe(0.9);
  });

  test('mergeEvent unions names case-insensitively, keeping the first spelling and order', () => {
    const merged = mergeEvent(stored, incoming({ people: ['KING CHARLES', 'Queen Camilla', 'queen camilla'], organizations: ['nhs', 'BBC'], tags: ['health'] }));
    expect(merged.people).toEqual(['King Charles', 'Queen Camilla']);
    expect(merged.organizations).toEqual(['NHS', 'BBC']);
    expect(merged.tags).toEqual(['royals', 'health']);
  });

  test('mergeEvent appends only mentions at new places in their documents', () => {
    const again = mention('d1', 'First.');
    const merged = mergeEvent(stored, incoming({ mentions: [again, mention('d2', 'Second.'), mention('d2', 'Second.')] }));
    expect(merged.mentions).toEqual([mention('d1', 'First.'), mention('d2', 'Second.')]);
  });

  test('mergeEvent keeps the id and createdAt and takes the incoming updatedAt', () => {
    const merged = mergeEvent(stored, incoming({ confidence: 1 }));
    expect(merged).toMatchObject({ id: 'e', timeline: 't', createdAt: stored.createdAt, updatedAt: '2024-03-01T00:00:00.000Z' });
  });

  test('mergeEvent never changes the title, summary, date or tags of an event edited by hand', () => {
    const edited = { ...stored, editedByHand: true };
    const merged = mergeEvent(edited, incoming({ confidence: 1, tags: ['machine'], people: ['New Person'] }));
    expect(merged).toMatchObject({
      title: 'Stored title',
      summary: 'Stored summary',
      date: stored.date,
      tags: ['royals'],
      people: ['King Charles', 'New Person'],
      confidence: 1,
      editedByHand: true,
    });
  });

  test('mergeEvent leaves both of its arguments unchanged', () => {
    const before = structuredClone(stored);
    const copy = incoming({ people: ['X'] });
    const copyBefore = structuredClone(copy);
    mergeEvent(stored, copy);
    expect(stored).toEqual(before);
    expect(copy).toEqual(copyBefore);
  });
});
