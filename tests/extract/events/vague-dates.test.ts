import { extractEvents } from '@/lib/extract/extract-events';

const DCT = '2024-02-17';
const eventsOf = (text: string) => extractEvents({ id: 'vague', text, dct: DCT }).events;

describe('extractEvents: vague and approximate dates', () => {
  test.each([
    ['Around 2010 the firm moved its headquarters to Leeds.', '2010', 'The firm moved its headquarters to Leeds'],
    ['Sometime in 1998 the mill was sold to a rival.', '1998', 'The mill was sold to a rival'],
    ['The firm moved to Leeds in the early 1990s.', '199', 'The firm moved to Leeds'],
  ])('%j dates an event approximately, with a lower confidence', (text, value, title) => {
    const [event] = eventsOf(text);
    expect(event).toMatchObject({ title, date: { value, approximate: true } });
    expect(event.confidence).toBeLessThan(0.5);
  });

  test('a vague reference alone is not an event', () => {
    expect(eventsOf('Sales have doubled in recent years.')).toEqual([]);
    expect(eventsOf('Much has been said on both sides in recent years.')).toEqual([]);
  });

  test('an age is neither an event nor part of its title', () => {
    const events = eventsOf('Princess Lilibet, two, was christened in 2023. Harry, 39, flew home last week.');
    expect(events.map((e) => e.date.value)).toEqual(['2023', '2024-W06']);
    expect(events[0].title).toBe('Princess Lilibet was christened');
    expect(events[1].title).toBe('Harry flew home');
  });

  test('a written date outranks the same event dated vaguely', () => {
    const [firm] = eventsOf('The firm moved its headquarters to Leeds in 2010.');
    const [vague] = eventsOf('Around 2010 the firm moved its headquarters to Leeds.');
    expect(firm.date.approximate).toBe(false);
    expect(firm.confidence).toBeGreaterThan(vague.confidence);
  });
});
