import { paragraphSpans, splitSentences } from '@/lib/extract/sentences';

const texts = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences(text)', () => {
  test('does not split after "Mr." or "U.S." or "Dr."', () => {
    expect(texts('Mr. Smith went to the U.S. in 2020. He met Dr. Jones there.')).toEqual([
      'Mr. Smith went to the U.S. in 2020.',
      'He met Dr. Jones there.',
    ]);
  });

  test('ends a sentence after an era ("55 BC.")', () => {
    expect(texts('Caesar landed in 55 BC. His fleet was wrecked. Rome fell in AD 476.')).toEqual(['Caesar landed in 55 BC.', 'His fleet was wrecked.', 'Rome fell in AD 476.']);
  });

  test('keeps an opening quote with its sentence', () => {
    expect(texts('He left. “Why?” she asked. \'It was time,\' he said.')).toEqual([
      'He left.',
      '“Why?” she asked.',
      "'It was time,' he said.",
    ]);
  });

  test('treats a blank line as a boundary, so captions without a full stop stand alone', () => {
    const text = 'King Charles III leaves The London Clinic on January 29\n\nPrince Harry is in Canada\n\n  \nHe flew back last week.';
    expect(texts(text)).toEqual(['King Charles III leaves The London Clinic on January 29', 'Prince Harry is in Canada', 'He flew back last week.']);
  });

  test('offsets point into the original text, also after astral characters', () => {
    const text = '😀 Fans cheered. The team won on Sunday.';
    const spans = splitSentences(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['😀 Fans cheered.', 'The team won on Sunday.']);
  });

  test('empty and blank texts have no sentences', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\n \t')).toEqual([]);
    expect(paragraphSpans('\n\n')).toEqual([]);
  });
});
