import { readTimeml } from '@/lib/eval/read-timeml';

// Shaped like the TBAQ files: a DCT outside TEXT, EVENT and SIGNAL tags around and between the
// timexes, an entity, CRLF line ends and an EXTRAINFO with its own markup after TEXT.
const SAMPLE = [
  '<?xml version="1.0" ?>',
  '<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
  '<DOCID>APW19980807.0261</DOCID>',
  '<DCT><TIMEX3 tid="t0" type="TIME" value="1998-08-07T06:18:00" temporalFunction="false" functionInDocument="CREATION_TIME">1998-08-07</TIMEX3></DCT>',
  '<TITLE>Explosions rock U.S. embassies</TITLE>',
  '<TEXT>',
  'Bombs <EVENT eid="e1" class="OCCURRENCE">exploded</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>, AT&amp;T said,',
  'a <TIMEX3 tid="t2" type="DURATION" value="P5Y" mod="APPROX">five year</TIMEX3> low <SIGNAL sid="s1">after</SIGNAL> <TIMEX3 tid="t3" type="DATE" value="PAST_REF">the past</TIMEX3>.',
  '</TEXT>',
  '<EXTRAINFO>&amp;UR; MORE</EXTRAINFO>',
  '<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0"/>',
  '</TimeML>',
].join('\r\n');

describe('readTimeml', () => {
  const doc = readTimeml(SAMPLE, 'sample.tml');

  it('reads the DOCID and the day of the creation time', () => {
    expect(doc.docId).toBe('APW19980807.0261');
    expect(doc.dct).toBe('1998-08-07');
  });

  it('keeps only the TEXT content, with tags removed, entities decoded and line ends as LF', () => {
    expect(doc.text).toBe('\nBombs exploded Friday, AT&T said,\na five year low after the past.\n');
  });

  it('gives each gold timex UTF-16 offsets into the text, and its attributes', () => {
    expect(doc.gold).toEqual([
      { start: 16, end: 22, text: 'Friday', type: 'DATE', value: '1998-08-07' },
      { start: 37, end: 46, text: 'five year', type: 'DURATION', value: 'P5Y', mod: 'APPROX' },
      { start: 57, end: 65, text: 'the past', type: 'DATE', value: 'PAST_REF' },
    ]);
    for (const timex of doc.gold) expect(doc.text.slice(timex.start, timex.end)).toBe(timex.text);
  });

  it('counts offsets in UTF-16 code units, as JavaScript strings do', () => {
    const xml = SAMPLE.replace('Bombs', '\u{1F4A3} Bombs');
    const withEmoji = readTimeml(xml, 'emoji.tml');
    expect(withEmoji.gold[0].start).toBe(19);
    expect(withEmoji.text.slice(withEmoji.gold[0].start, withEmoji.gold[0].end)).toBe('Friday');
  });

  it('falls back to the source name when there is no DOCID', () => {
    expect(readTimeml(SAMPLE.replace(/<DOCID>.*<\/DOCID>/, ''), 'nameless.tml').docId).toBe('nameless.tml');
  });

  it('rejects a document without a creation time, naming the file', () => {
    expect(() => readTimeml(SAMPLE.replace('CREATION_TIME', 'NONE'), 'no-dct.tml')).toThrow(/no-dct\.tml: no DCT/);
  });

  it('rejects a creation time that is not a day', () => {
    expect(() => readTimeml(SAMPLE.replace('1998-08-07T06:18:00', 'PRESENT_REF'), 'bad-dct.tml')).toThrow(/bad-dct\.tml: DCT value "PRESENT_REF"/);
  });

  it('rejects a document without TEXT', () => {
    expect(() => readTimeml(SAMPLE.replace(/<TEXT>[^]*<\/TEXT>/, ''), 'no-text.tml')).toThrow(/no-text\.tml: no TEXT element/);
  });

  it('rejects a timex with an unknown type or without a value', () => {
    expect(() => readTimeml(SAMPLE.replace('type="DURATION"', 'type="PERIOD"'), 'type.tml')).toThrow(/type\.tml: TIMEX3 t2 has type "PERIOD"/);
    expect(() => readTimeml(SAMPLE.replace(' value="P5Y"', ''), 'value.tml')).toThrow(/value\.tml: TIMEX3 t2 has no value/);
  });

  it('reports malformed XML with the file and position', () => {
    expect(() => readTimeml(SAMPLE.replace('</SIGNAL>', ''), 'broken.tml')).toThrow(/broken\.tml:\d+:\d+/);
  });
});
