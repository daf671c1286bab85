import type { NewEvent } from '@/lib/model';
import { acceptedEvents, redate, retitle, reviewEvents } from '@/lib/editor/review-event';

const clinic: NewEvent = {
  id: '2024-01-29-king-charles-iii-leaves-the-london-clinic',
  title: 'King Charles III leaves The London Clinic',
  date: { value: '2024-01-29', start: '2024-01-29T00:00:00.000Z', end: '2024-01-29T23:59:59.999Z', granularity: 'day', approximate: false },
  confidence: 0.95,
};
const vague: NewEvent = { ...clinic, id: 'vague', confidence: 0.3 };

describe('reviewing extracted events', () => {
  it('accepts confident events and leaves unsure ones unticked', () => {
    expect(reviewEvents([clinic, vague]).map((r) => r.accepted)).toEqual([true, false]);
  });

  it('marks a new title as a hand edit and keeps the id', () => {
    const [r] = reviewEvents([clinic]);
    const edited = retitle(r, 'The King leaves hospital');
    expect(edited.event).toMatchObject({ id: clinic.id, title: 'The King leaves hospital', editedByHand: true });
    expect(r.event.title).toBe(clinic.title);
  });

  it('derives the span and granularity of a new date from its TIMEX3 value', () => {
    const [r] = reviewEvents([clinic]);
    expect(redate(r, '2024-02')?.event.date).toEqual({
      value: '2024-02',
      start: '2024-02-01T00:00:00.000Z',
      end: '2024-02-29T23:59:59.999Z',
      granularity: 'month',
      approximate: false,
    });
    expect(redate(r, ' 2020 ')?.event.date.granularity).toBe('year');
  });

  it('refuses a date that names no span', () => {
    const [r] = reviewEvents([clinic]);
    expect(redate(r, 'next Tuesday')).toBeNull();
    expect(redate(r, '')).toBeNull();
  });

  it('saves only the accepted events, as edited', () => {
    const reviewed = reviewEvents([clinic, vague]);
    reviewed[0] = retitle(reviewed[0], 'Edited');
    expect(acceptedEvents(reviewed).map((e) => e.title)).toEqual(['Edited']);
  });
});
