import nlp from 'compromise';
import { parse } from '@/lib/extract/parse';

const TERMS = { offset: true, terms: { offset: true } } as Parameters<ReturnType<typeof nlp>['json']>[0];
const tagged = (doc: ReturnType<typeof nlp>) =>
  (doc.json(TERMS) as { terms: { text: string; tags: string[]; offset: unknown }[] }[]).flatMap((s) => s.terms.map((t) => [t.text, t.tags, t.offset]));

describe('parse(text)', () => {
  test.each([
    'King Charles III leaves The London Clinic with Queen Camilla by his side on January 29.',
    "Harry, who stepped down as a working royal in 2020, flew back to the UK last week. He didn't stay long.",
    'Since stepping down in 2020, the Sussexes have lived in California, where they raise their two children.',
  ])('tags every word as nlp(text) does: %s', (text) => {
    expect(tagged(parse(text))).toEqual(tagged(nlp(text)));
  });

  test('leaves phrase chunks out, and nlp(text) still chunks afterwards', () => {
    expect(parse('the brown fox jumped').has('<Noun>')).toBe(false);
    expect(nlp('the brown fox jumped').has('<Noun>')).toBe(true);
  });
});
