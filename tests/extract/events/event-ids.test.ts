import { eventId, slugify, uniqueId } from '@/lib/extract/event-ids';
import { EventId } from '@/lib/model';

describe('eventId(value, title)', () => {
  test('reads as the date value then the title words', () => {
    expect(eventId('2024-01-29', 'King Charles III leaves The London Clinic')).toBe('2024-01-29-king-charles-iii-leaves-the-london-clinic');
    expect(eventId('2024-W06', "Prince Harry flew back to the UK")).toBe('2024-w06-prince-harry-flew-back-to-the-uk');
    expect(eventId('BC0044-03-15', 'Caesar is assassinated')).toBe('bc0044-03-15-caesar-is-assassinated');
    expect(eventId('2024-02-16TNI', "Palace didn't comment")).toBe('2024-02-16tni-palace-didnt-comment');
  });

  test('is a valid EventId of at most 80 characters, cut at a word', () => {
    const id = eventId('2020', 'The extraordinarily long and winding construction programme for the new national stadium in the capital');
    expect(id.length).toBeLessThanOrEqual(80);
    expect(EventId.safeParse(id).success).toBe(true);
    expect(id).toMatch(/^2020-the-extraordinarily-long/);
    expect(id.endsWith('-')).toBe(false);
    expect('The extraordinarily long and winding construction programme for the new national stadium in the capital'.toLowerCase().replace(/ /g, '-')).toContain(id.slice(5));
  });

  test('is a valid EventId for odd titles and values', () => {
    for (const [value, title] of [['-0043', '¡Olé! Zoë’s café'], ['2024', '!!!'], ['19', '   '], ['2024-Q1', 'Sales up 5%']]) {
      expect(EventId.safeParse(eventId(value, title)).success).toBe(true);
    }
    expect(slugify('¡Olé! Zoë’s café')).toBe('ole-zoes-cafe');
  });
});

describe('uniqueId(id, taken)', () => {
  test('adds the first free numeric suffix', () => {
    expect(uniqueId('2020-a', new Set())).toBe('2020-a');
    expect(uniqueId('2020-a', new Set(['2020-a', '2020-a-2']))).toBe('2020-a-3');
  });
});
