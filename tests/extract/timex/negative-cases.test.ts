import { tagTimexes } from '@/lib/extract/tag-timexes';
import { expectNone } from './test-single-case';

describe('text that is not a time', () => {
  it.each([
    'Harry, 39, reportedly told friends',
    'Charles, 75, is keen to reconcile',
    'Prince Archie, aged four, and',
    'a 39-year-old man',
    'He is 39 years old.',
    'two-year-old Princess Lilibet',
    'flew a Boeing 747 to Delhi',
    'by passing a current through the wire',
    'swept away by the current.',
    'sold for $2020 in cash',
    'Call 555-123-4567 or 555-1234!',
    'its 6 1/4% convertible debentures',
    'McCaw dropped 2 1/2 to 37 3/4',
    'Czech Foreign Minister Jan Kavan said',
    'the winter sports town of Whistler',
    'Hunt welcomed the fall in inflation',
    'after the fall of Rome',
    'a dividend rate of $1.76 a year',
    'its quarterly dividend to five cents',
    'the Communist Party daily Granma',
    'It became a daily and cut its price.',
    'After the Six-Day War the canal was closed.',
    'Iraq imports about three-quarters of its food',
    'the Fed raised rates by a quarter point',
    'a quarter-percentage-point cut',
    'a second opinion',
    'room 1204 on floor 3',
    'they may march on the capital',
    'after the first march the troops had gone',
    'when the future Nicholas II turned the first sod',
    'she was engaged to the future king',
    'their second march drew more people',
    'as soon as he can',
    "Gonzalez said on CBS's ''60 Minutes.''",
    'a picture of Gary Cooper from the film ``High Noon.\'\'',
    'Baker said on ABC News\' "This Week," that',
    'the former president',
    'at 5 he left',
  ])('%s', (text) => expectNone(text));

  it('still tags a quoted date that is no title', () => {
    expect(tagTimexes('"Last Tuesday," he said, "we met."', { dct: '1998-03-06' }).timexes.map((t) => t.text)).toEqual(['Last Tuesday']);
  });

  it('still tags "the 1990s": a decade is a date', () => {
    expect(tagTimexes('growth through the 1990s', { dct: '2024-02-17' }).timexes.map((t) => t.value)).toEqual(['199']);
  });
});
