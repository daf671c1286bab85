import { eventJsonLd } from '@/lib/permalink/json-ld';
import { jsonForScript } from '@/lib/permalink/escape-html';
import { makeEvent, timeline } from './fixtures';

const url = 'https://timeline.example/timelines/royal-family/events/e';

describe('JSON-LD', () => {
  test('eventJsonLd describes a day event with its places and people', () => {
    expect(eventJsonLd(makeEvent(), timeline, { url, imageUrl: `${url}/opengraph-image` })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'King Charles III leaves The London Clinic',
      startDate: '2024-01-29',
      description: 'King Charles III leaves The London Clinic with Queen Camilla by his side on January 29',
      url,
      image: `${url}/opengraph-image`,
      location: { '@type': 'Place', name: 'The London Clinic' },
      about: [
        { '@type': 'Person', name: 'King Charles III' },
        { '@type': 'Person', name: 'Queen Camilla' },
      ],
      isAccessibleForFree: true,
      subjectOf: { '@type': 'CreativeWork', name: timeline.title },
    });
  });

  test('eventJsonLd gives a period its first and last day, and a timed event its instant', () => {
    const year = eventJsonLd(makeEvent({ date: { value: '2020', start: '2020-01-01T00:00:00.000Z', end: '2020-12-31T23:59:59.999Z', granularity: 'year', approximate: false } }), timeline, { url });
    expect(year).toMatchObject({ startDate: '2020-01-01', endDate: '2020-12-31' });
    const timed = eventJsonLd(makeEvent({ date: { value: '2024-01-29T14:30', start: '2024-01-29T14:30:00.000Z', end: '2024-01-29T14:30:59.999Z', granularity: 'time', approximate: false } }), timeline, { url });
    expect(timed).toMatchObject({ startDate: '2024-01-29T14:30:00.000Z', endDate: '2024-01-29T14:30:59.999Z' });
  });

  test('eventJsonLd writes BCE days in ISO expanded form', () => {
    const ides = eventJsonLd(makeEvent({ date: { value: 'BC0044-03-15', start: '-000043-03-15T00:00:00.000Z', end: '-000043-03-15T23:59:59.999Z', granularity: 'day', approximate: false } }), timeline, { url });
    expect(ides.startDate).toBe('-000043-03-15');
  });

  test('jsonForScript keeps a title from closing the script element', () => {
    const text = jsonForScript({ name: '</script><script>alert(1)</script>\u2028' });
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>\u2028' });
  });
});
