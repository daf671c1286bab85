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

  test('reads a name that opens a sentence as a name, not a verb, and leaves an opening gerund alone', () => {
    const tags = (text: string) => Object.fromEntries(tagged(parse(text)).map(([word, tags]) => [word, tags]));
    expect(tags('House Speaker Mike Johnson said it.').House).not.toContain('Verb');
    expect(tags('Erling Haaland scored twice.').Erling).toContain('ProperNoun');
    expect(tags('Stepping down in 2020, Harry left.').Stepping).toContain('Gerund');
  });

  test('reads "rose" before a figure as the verb, and the flower elsewhere as a noun', () => {
    const tags = (text: string) => Object.fromEntries(tagged(parse(text)).map(([word, tags]) => [word, tags]));
    expect(tags('Net profit rose 12% to $4.2 billion.').rose).toContain('PastTense');
    expect(tags('She picked a rose from the garden.').rose).toContain('Noun');
  });

  test('leaves phrase chunks out, and nlp(text) still chunks afterwards', () => {
    expect(parse('the brown fox jumped').has('<Noun>')).toBe(false);
    expect(nlp('the brown fox jumped').has('<Noun>')).toBe(true);
  });
});
