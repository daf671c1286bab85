import { expectNone, expectTimex } from './test-single-case';

const DCT = '2024-02-17';

describe('years, decades and centuries', () => {
  it('tags a bare year', () => expectTimex('He stepped down in 2020.', DCT, { text: '2020', type: 'DATE', value: '2020' }));
  it('keeps the noun a year modifies outside', () => expectTimex('the 2025 Invictus Games', DCT, { text: '2025', value: '2025' }));
  it('includes "fiscal"', () => expectTimex('profit in fiscal 1989 rose', DCT, { text: 'fiscal 1989', value: 'FY1989' }));
  it('reads "the 1700s" as a century, "the 2000s" as a decade', () => {
    expectTimex('The mill has ground flour since the 1700s.', DCT, { text: 'the 1700s', value: '17' });
    expectTimex('Prices doubled in the 2000s.', DCT, { text: 'the 2000s', value: '200' });
  });
  it('a two-digit "the 30s" with temperatures is no decade; one without is', () => {
    expectNone('Highs will only reach the 30s, forecasters said.');
    expectTimex('Jazz clubs thrived in the 30s.', DCT, { text: 'the 30s', value: '193' });
  });
  it('tags a decade with its article', () => expectTimex('prices in the 1990s fell', DCT, { text: 'the 1990s', value: '199' }));
  it("reads '60s as the 1960s", () => expectTimex("music of the '60s", DCT, { text: "the '60s", value: '196' }));
  it('tags a century', () => expectTimex('in the 19th century', DCT, { text: 'the 19th century', value: '18' }));
  it("a batsman's century is a hundred runs, not an age", () => expectNone("Smith's fourth century came off 140 balls, his 30th century overall."));
  it('reads an ordinal century in words', () => expectTimex('the twentieth century ended', DCT, { value: '19' }));
  it('writes a century before Christ as TimeML writes BC years', () => {
    expectTimex('Greek cities spread west in the 8th century BC.', DCT, { text: 'the 8th century BC', value: 'BC07' });
    expectTimex('a vase of the first century B.C. in the museum', DCT, { text: 'the first century B.C.', value: 'BC00' });
  });
  it('takes "AD" into a century of our era', () => expectTimex('By the 4th century AD the town had walls.', DCT, { text: 'the 4th century AD', value: '03' }));
  it('leaves a lower-case "ad" after a century outside', () => expectTimex('a 20th century ad campaign', DCT, { text: '20th century', value: '19' }));
  it('reads years in words', () => expectTimex('in nineteen ninety-six on a technicality', DCT, { text: 'nineteen ninety-six', value: '1996' }));
  it('reads an English double date as the year the calendar now gives: "20 March 1726/27" is 1727', () => {
    expectTimex('The bishop died on 14 February 1701/2 at Ely.', DCT, { text: '14 February 1701/2', value: '1702-02-14' });
    expectTimex('Prices for 1998/99 were high.', DCT, { text: '1998', value: '1998' });
  });
  it('takes a chronicle\'s "the year of our Lord" in with its year', () =>
    expectTimex('In the year of our Lord 1349 the plague reached York.', DCT, { text: 'the year of our Lord 1349', value: '1349' }));
  it('reads "the year two thousand"', () => expectTimex('by the year two thousand', DCT, { text: 'the year two thousand', value: '2000' }));
  it('"the mid-1990s" keeps its article before a new clause, and leaves it to a noun it modifies', () => {
    expectTimex('By the mid-1990s it served 600 people.', DCT, { text: 'the mid-1990s', value: '199', mod: 'MID' });
    expectTimex('the mid-1990s boom in shares', DCT, { text: 'mid-1990s', value: '199', mod: 'MID' });
  });
  it('takes "c." and "circa" before a year in as APPROX', () => {
    expectTimex('The tower was built c. 1450 by the bishop.', DCT, { text: 'c. 1450', value: '1450', mod: 'APPROX' });
    expectTimex('a map drawn circa 1790', DCT, { text: 'circa 1790', value: '1790', mod: 'APPROX' });
    expectTimex('The coin dates from ca. 300 BC.', DCT, { text: 'ca. 300 BC', value: 'BC0300', mod: 'APPROX' });
  });
  it('takes a half of a decade or century in as START or END, as TimeBank has "the last half of the \'80s"', () => {
    expectTimex('In the first half of the 19th century the town grew.', DCT, { text: 'the first half of the 19th century', value: '18', mod: 'START' });
    expectTimex("Prices rose in the last half of the '80s.", DCT, { text: "the last half of the '80s", value: '198', mod: 'END' });
  });
  it('takes "around" before a year in, but not before a day or a time', () => {
    expectTimex('The academy was founded around 387 BC.', DCT, { text: 'around 387 BC', value: 'BC0387', mod: 'APPROX' });
    expectTimex('The mill was built approximately 1820.', DCT, { text: 'approximately 1820', value: '1820', mod: 'APPROX' });
    expectTimex('The vote is due around Nov. 20.', DCT, { text: 'Nov. 20' });
  });
  it('takes "about" before a year in after a preposition of time, but not "about" a year as a topic', () => {
    expectTimex('The temple was rebuilt in about 520 BC.', DCT, { text: 'about 520 BC', value: 'BC0520', mod: 'APPROX' });
    expectTimex('She wrote a memoir about 1968 and its riots.', DCT, { text: '1968', value: '1968' });
  });
  it('leaves a "C." that ends an abbreviation outside', () => expectTimex('He moved to Washington, D.C. 1990 was his first year.', DCT, { text: '1990', value: '1990' }));
  it('"the 1800s" is a century, told by its hundreds; "the 2000s" is the decade', () => {
    expectTimex('By the 1800s the harbour had silted up.', DCT, { text: 'the 1800s', value: '18' });
    expectTimex('The chapel was rebuilt in the late 1400s.', DCT, { text: 'the late 1400s', value: '14', mod: 'END' });
    expectTimex('Phone sales boomed in the 2000s.', DCT, { text: 'the 2000s', value: '200' });
  });
  it('marks "mid-" and "late" on a decade', () => expectTimex('in the late 1980s', DCT, { text: 'the late 1980s', value: '198', mod: 'END' }));
});

describe('millennia', () => {
  it('a millennium before Christ', () => expectTimex('Copper came into use in the 5th millennium BC.', DCT, { text: 'the 5th millennium BC', type: 'DATE', value: 'BC4' }));
  it('a millennium in words, with a modifier', () => expectTimex('Towns grew walls in the late third millennium BC.', DCT, { text: 'the late third millennium BC', value: 'BC2', mod: 'END' }));
  it('a millennium of our era', () => expectTimex('The abbey had stood for most of the second millennium.', DCT, { text: 'the second millennium', value: '1' }));
});
