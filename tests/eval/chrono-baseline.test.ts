import { chronoTimexes } from '@/lib/eval/chrono-baseline';

const DCT = '1998-08-07';

function only(text: string) {
  const found = chronoTimexes(text, DCT);
  expect(found).toHaveLength(1);
  return found[0];
}

describe('chronoTimexes', () => {
  it('values a stated day as YYYY-MM-DD', () => {
    expect(only('The talks began on August 3, 1998 in Geneva.')).toMatchObject({ text: 'August 3, 1998', type: 'DATE', value: '1998-08-03' });
  });

  it('resolves a weekday against the DCT, as chrono sees it', () => {
    const friday = only('Bombs exploded Friday.');
    expect(friday).toMatchObject({ text: 'Friday', type: 'DATE' });
    expect(friday.value).toMatch(/^1998-08-\d{2}$/);
  });

  it('values a stated time of day as YYYY-MM-DDTHH:MM', () => {
    expect(only('It ended at 5:30 pm on August 3, 1998.')).toMatchObject({ type: 'TIME', value: '1998-08-03T17:30' });
  });

  it('values a month and year without a day as YYYY-MM', () => {
    expect(only('Prices rose in March 1997.')).toMatchObject({ text: 'March 1997', type: 'DATE', value: '1997-03' });
  });

  it('gives offsets into the text', () => {
    const text = 'Back on August 3, 1998, he left.';
    const found = only(text);
    expect(text.slice(found.start, found.end)).toBe(found.text);
  });

  it('finds nothing in text without dates', () => {
    expect(chronoTimexes('The embassy was closed for repairs.', DCT)).toEqual([]);
  });
});
