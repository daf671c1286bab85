import nlp from 'compromise';
import { cleanName, entitiesOf } from '@/lib/extract/entities';
import { personResolver } from '@/lib/extract/coreference';

describe('cleanName(raw)', () => {
  test.each([
    ['Harry,', 'Harry'],
    ["Harry's", 'Harry'],
    ['[Harry].', 'Harry'],
    ['town of Whistler,', 'Whistler'],
    ['Church of St Mary Magdalene', 'Church of St Mary Magdalene'],
    ['Bank of England.', 'Bank of England'],
  ])('cleanName(%j) is %j', (raw, name) => {
    expect(cleanName(raw)).toBe(name);
  });

  test.each(['he', 'The', 'Sunday', 'service', 'January', 'his', ''])('cleanName(%j) is junk', (raw) => {
    expect(cleanName(raw)).toBeNull();
  });
});

describe('entitiesOf(doc)', () => {
  test('finds people and places in a caption', () => {
    const e = entitiesOf(nlp('King Charles III leaves The London Clinic with Queen Camilla by his side on January 29'));
    expect(e.people).toEqual(expect.arrayContaining(['King Charles III', 'Queen Camilla']));
    expect(e.people).not.toContain('his');
  });
  test("a name after a saint's is part of a place", () => {
    const e = entitiesOf(nlp('King Charles and Queen Camilla attend the service at the Church of St Mary Magdalene on February 11'));
    expect(e.people).toEqual(['King Charles', 'Queen Camilla']);
    expect(entitiesOf(nlp('The painting shows Mary Magdalene weeping')).people).toContain('Mary Magdalene');
  });
});

describe('entitiesOf(doc): dates and places that compromise reads as people', () => {
  test('a month or weekday a date runs into a name is no part of it; a month alone before a name may be a first name', () => {
    expect(entitiesOf(nlp('On 4 August Wilson declared war.')).people).toEqual(['Wilson']);
    expect(entitiesOf(nlp('By late August French troops had left.')).people).toEqual([]);
    expect(entitiesOf(nlp('June Carter sang in 1950.')).people).toEqual(['June Carter']);
  });

  test('a lone name after "in" is a place', () => {
    const e = entitiesOf(nlp('He grew up in Brittany before 1480.'));
    expect(e.people).toEqual([]);
    expect(e.places).toContain('Brittany');
  });
});

describe('entitiesOf(doc).passing', () => {
  test.each([
    ['an object', 'In 1962 he hired Lucy Grant as his secretary.', 'Lucy Grant'],
    ['after a preposition', 'She toured Spain with Tom Baker in 1971.', 'Tom Baker'],
    ['an apposition to a common noun', 'His younger brother, Samuel, joined the firm in 1840.', 'Samuel'],
    ['a newborn', 'Mary Jones was born in Leeds in 1931.', 'Mary Jones'],
  ])('a name as %s is named in passing', (_, sentence, name) => {
    expect([...entitiesOf(nlp(sentence)).passing]).toEqual([name]);
  });

  test('the subject of a sentence is not, even when it is named again as an object', () => {
    expect([...entitiesOf(nlp('Lucy Grant left Paris in 1970.')).passing]).toEqual([]);
    expect([...entitiesOf(nlp('Lucy Grant, the singer, praised Lucy Grant of Leeds in 1970.')).passing]).not.toContain('Lucy Grant');
  });
});

describe('personResolver(mentions)', () => {
  const mentions = [
    { name: 'Prince Harry', at: 0 },
    { name: 'King Charles', at: 20 },
    { name: 'Harry', at: 100 },
    { name: 'King Charles III', at: 200 },
    { name: 'Charles', at: 300 },
    { name: 'Will Reeve', at: 400 },
    { name: 'Christopher Reeve', at: 450 },
    { name: 'Will Reeve', at: 500 },
  ];
  const people = personResolver(mentions);

  test('short forms and titles map to the longest full name that contains them', () => {
    expect(people.resolve('Harry', 100)).toBe('Prince Harry');
    expect(people.resolve('Charles', 300)).toBe('King Charles III');
    expect(people.resolve('King Charles', 20)).toBe('King Charles III');
  });

  test('a short form shared by two people goes to the one named most recently', () => {
    expect(people.resolve('Reeve', 460)).toBe('Christopher Reeve');
    expect(people.resolve('Reeve', 520)).toBe('Will Reeve');
    expect(people.resolve('Reeve', 10)).toBe('Reeve');
  });

  test('"the King" and "the monarch" map to the person last named King', () => {
    expect(people.rolesIn("support the King while he's sick", 250)).toEqual(['King Charles III']);
    expect(people.rolesIn("since the monarch's diagnosis", 250)).toEqual(['King Charles III']);
  });

  test('"the duke" with nobody named Duke is the last prince named; "the duchess" the last princess', () => {
    expect(people.rolesIn('the duke is willing', 250)).toEqual(['Prince Harry']);
    const royals = personResolver([
      { name: 'Prince William', at: 0 },
      { name: 'Princess Anne', at: 10 },
      { name: 'Duke Ellington', at: 20 },
    ]);
    expect(royals.rolesIn('the duke played', 30)).toEqual(['Duke Ellington']);
    expect(royals.rolesIn('the duchess spoke', 30)).toEqual(['Princess Anne']);
  });

  test('"his wife" and "the duchess" are the spouse of whom the text names as a couple', () => {
    const text = 'Prince Harry and his wife Meghan Markle are in Canada. Harry left with his wife the Duchess of Sussex in 2020. The duchess spoke.';
    const couple = personResolver([{ name: 'Prince Harry', at: 0, gender: 'male' }, { name: 'Meghan Markle', at: 26, gender: 'female' }, { name: 'Harry', at: 56, gender: 'male' }], text);
    expect(couple.rolesIn('Harry left with his wife the Duchess of Sussex in 2020.', 56)).toEqual(['Meghan Markle']);
    expect(couple.rolesIn('The duchess spoke.', 120)).toEqual(['Meghan Markle']);
    expect(personResolver([{ name: 'Prince Harry', at: 0, gender: 'male' }]).rolesIn('Harry left with his wife.', 56)).toEqual([]);
  });

  test('a surname alone names the one person who has it', () => {
    expect(personResolver([{ name: 'Meghan Markle', at: 0 }, { name: 'Prince Harry', at: 5 }]).namedIn('Markle said she was happy.')).toEqual(['Meghan Markle']);
  });

  test('a role nobody was named with is not a name', () => {
    expect(people.rolesIn('the duchess is willing', 250)).toEqual([]);
    expect(people.rolesIn('the King was named', 5)).toEqual([]);
    expect(people.rolesIn('met the Prince of Wales', 250)).toEqual([]);
  });
});

describe('personResolver: pronouns and name parts', () => {
  const people = personResolver([
    { name: 'Claire Donovan', at: 0, gender: 'female' },
    { name: 'Donovan', at: 50, gender: 'male' },
    { name: 'Paul Kennedy', at: 100, gender: 'male' },
    { name: 'Margaret Ellison', at: 200 },
  ]);

  test('"he" and "she" stand for the last person named before them whose gender fits', () => {
    expect(people.personFor('she', 150)).toBe('Claire Donovan');
    expect(people.personFor('he', 150)).toBe('Paul Kennedy');
    expect(people.personFor('she', 250)).toBe('Margaret Ellison');
    expect(people.personFor('he', 10)).toBeUndefined();
  });

  test('"she" keeps to the woman the text follows when another is named only in passing', () => {
    const text = 'Ada Stone moved to Leeds in 1950. There she married Tom Hale. Their daughter, Ruth, was born in 1952. In 1960 she opened a shop.';
    const at = (s: string) => text.indexOf(s);
    const mentions = [
      { name: 'Ada Stone', at: 0, gender: 'female' as const },
      { name: 'Tom Hale', at: at('Tom'), gender: 'male' as const, passing: true },
      { name: 'Ruth', at: at('Ruth'), passing: true },
    ];
    expect(personResolver(mentions, text).personFor('she', at('In 1960'))).toBe('Ada Stone');
    // With no "she" just before her, the person named in passing is the last one named and takes it.
    const plain = 'Ada Stone moved to Leeds in 1950. Their daughter, Ruth, was born in 1952. In 1960 she opened a shop.';
    const ruth = [mentions[0], { name: 'Ruth', at: plain.indexOf('Ruth'), passing: true }];
    expect(personResolver(ruth, plain).personFor('she', plain.indexOf('In 1960'))).toBe('Ruth');
  });

  test('two names the text gives one person ("later known as", "born") resolve to the name known by', () => {
    const text = 'Anna Berg moved to Oslo in 1920. There Anna Berg, later known as Anna Lind, sang at the opera in 1925.';
    const people = personResolver([{ name: 'Anna Berg', at: 0 }, { name: 'Anna Lind', at: text.indexOf('Anna Lind') }], text);
    expect(people.resolve('Anna Berg', 0)).toBe('Anna Lind');
    expect(people.namedIn('Berg left in 1930.')).toEqual(['Anna Lind']);
    const born = 'Tom Hale (born Thomas Hallam) opened a shop in 1950.';
    expect(personResolver([{ name: 'Thomas Hallam', at: 0 }], born).resolve('Thomas Hallam', 60)).toBe('Tom Hale');
  });

  test('a word of only one full name names that person; titles and shared words do not', () => {
    expect(people.namedIn('Ellison was born in Leeds.')).toEqual(['Margaret Ellison']);
    expect(people.namedIn("Kennedy's side lost.")).toEqual(['Paul Kennedy']);
    expect(personResolver([{ name: 'Will Reeve', at: 0 }, { name: 'Christopher Reeve', at: 5 }]).namedIn('Reeve spoke.')).toEqual([]);
    expect(personResolver([{ name: 'King Charles III', at: 0 }]).namedIn('The King spoke.')).toEqual([]);
  });
});
