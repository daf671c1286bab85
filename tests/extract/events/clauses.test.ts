import nlp from 'compromise';
import { clausesOf } from '@/lib/extract/clauses';

const OFFSETS = { offset: true, terms: false } as unknown as Parameters<ReturnType<typeof nlp>['json']>[0];
const compromiseClauses = (sentence: string) => (nlp(sentence).clauses().json(OFFSETS) as { offset: unknown }[]).map((c) => c.offset);

describe('clausesOf(doc) splits as compromise clauses() does', () => {
  test.each([
    ['a comma that ends a clause', 'The bank raised rates on Monday, and markets fell sharply the next day.'],
    ['commas inside a list, a place and a date', 'Officials from Toronto, Canada, met on July 6, 1992, with nice, pretty flowers.'],
    ['a comma after a weekday', 'The talks began on Tuesday, March 2nd, in the capital.'],
    ['a comma inside a place', 'She lived in Toronto, Canada for many years before 1990.'],
    ['a comma inside a date', 'The treaty was signed on July 6, 1992 in the old palace.'],
    ['a comma before "and"', 'He bought apples, pears, and plums in May.'],
    ['a comma next to the first and last words', 'Yes, he left on Friday, okay.'],
    ['a clause in parentheses', 'The plant (which the company opened in 2019 after a long delay) closed last week.'],
    ['a long quotation', 'She said "the company will close the plant next year" at the meeting on Friday.'],
    ['a semicolon, a colon and a dash', 'Prices rose in March; they fell in April: a surprise - or not - to traders.'],
    ['a pronoun that said', 'He said the factory would reopen in June.'],
    ['said and a name at the end', 'The factory will reopen in June, said Smith'],
    ['"if" after two words', 'We will go home if the rain keeps falling all day long.'],
    ['"and while"', 'Rates rose in 2022 and while prices fell, wages stayed flat.'],
    ['"now that"', 'The bridge is safe now that the repairs ended in May.'],
    ['"ever since"', 'He has lived there ever since he moved in 1990.'],
    ['"although" and "supposing"', 'The plan went ahead although critics objected in 2019, supposing it would fail.'],
    ['"even though"', 'She ran the race even though she was injured in April.'],
    ['"whereas" and "whose"', 'The firm, whose chief left in 2020, grew whereas its rival shrank.'],
    ['"as though"', 'He acted as though nothing had happened on Tuesday.'],
    ['"until"', 'The museum stays closed until the works finish in 2025.'],
    ['"but" between two verbs', 'The team won the cup in 1998 but lost the final in 1999.'],
    ['"if ... then"', 'If the vote passes in May then the law takes effect in June.'],
    ['a sentence without any split', 'The bridge opened on 3 May 2021.'],
  ])('%s', (_, sentence) => {
    expect(clausesOf(nlp(sentence))).toEqual(compromiseClauses(sentence));
  });

  test('a sentence with several clauses gives them in order', () => {
    expect(clausesOf(nlp('The bank raised rates on Monday, and markets fell sharply the next day.')).length).toBeGreaterThan(1);
  });
});
