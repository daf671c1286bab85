import { tagTimexes } from '@/lib/extract/tag-timexes';
import { expectNone, expectTimex } from './test-single-case';

const DCT = '2024-02-17';
const surface = (text: string, dct = DCT) => tagTimexes(text, { dct }).timexes.map((t) => [t.text, t.value]);

describe('ordinal-day: a day counted within an event', () => {
  it('is the report\'s own day in the news', () => expectTimex('Talks went into the second day without a deal.', DCT, { text: 'the second day', type: 'DATE', value: '2024-02-17' }));
  it('leaves a possessive outside', () => expectTimex('He signed the order on his first day in office.', DCT, { text: 'first day' }));
  it('is the day the story is at in a history, and does not move it', () =>
    expect(surface('The siege began in 1565 and ended in 1566. The Turks landed on 18 May 1565. On the final day the bells rang; the next day they sailed.')).toEqual([
      ['1565', '1565'],
      ['1566', '1566'],
      ['18 May 1565', '1565-05-18'],
      ['the final day', '1565-05-18'],
      ['the next day', '1565-05-19'],
    ]));
  it('leaves "the last day of the year" to the calendar', () => expect(surface('Rates rise on the last day of the year.').map(([text]) => text)).not.toContain('the last day'));
  it('leaves "first-day" as a modifier alone', () => expectNone("She collects each stamp's first-day cover."));
});
