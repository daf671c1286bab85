import { subjectBefore } from '@/lib/extract/subject-before';

/** What `pronoun` at the start of the last sentence of `text` stands for. */
function meaning(text: string, pronoun: 'it' | 'they'): string | undefined {
  const at = text.lastIndexOf(pronoun === 'it' ? 'It ' : 'They ');
  return subjectBefore(text)(at, pronoun);
}

describe('subjectBefore(text)(at, pronoun)', () => {
  test('"it" is the thing the sentence before opened with, after a scene-setting phrase', () => {
    expect(meaning('On Thursday, Acme Corp said profit rose. It has paid a dividend since 1998.', 'it')).toBe('Acme Corp');
    expect(meaning('The old bridge opened in 1932. It was closed in 2010.', 'it')).toBe('The old bridge');
  });

  test('"they" is a plural or an organisation, and the adverb after the subject is no part of it', () => {
    expect(meaning('Harriers now turn to the league. They play at Dunmore on Tuesday.', 'they')).toBe('Harriers');
    expect(meaning('The two clubs met in May. They meet again in June.', 'they')).toBe('The two clubs');
    // A leading date says when: "Today the mills stand empty" is about the mills.
    expect(meaning('Today the mills stand empty. They were listed in 1985.', 'they')).toBe('the mills');
  });

  test('nothing when the subject is a person, a pronoun, the wrong number, or there is no sentence before', () => {
    expect(meaning('Marie Curie moved to Paris. It was 1891.', 'it')).toBeUndefined();
    expect(meaning('She moved to Paris. They married in 1895.', 'they')).toBeUndefined();
    expect(meaning('The two clubs met in May. It was a draw.', 'it')).toBeUndefined();
    expect(meaning('It rained on Tuesday.', 'it')).toBeUndefined();
    // An opening phrase with no comma to close it ("Since 2012 its shop") leaves the subject unknown.
    expect(meaning('Since 2012 its shop has sold maps. It opened a cafe in 2020.', 'it')).toBeUndefined();
  });
});
