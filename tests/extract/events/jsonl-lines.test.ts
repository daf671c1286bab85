import { Readable } from 'node:stream';
import { jsonlLines, type InputLine } from '@/lib/cli/jsonl-lines';

async function linesOf(chunks: Buffer[]): Promise<InputLine[]> {
  const out: InputLine[] = [];
  for await (const line of jsonlLines(Readable.from(chunks))) out.push(line);
  return out;
}

describe('jsonlLines(stream)', () => {
  test('splits lines across chunk boundaries, skips blank lines, keeps the last line without a newline', async () => {
    const text = '{"a":1}\n\n{"b":"é😀"}\r\n{"c":3}';
    const bytes = Buffer.from(text);
    // Cut inside the multi-byte characters too.
    const chunks = [bytes.subarray(0, 3), bytes.subarray(3, 17), bytes.subarray(17, 19), bytes.subarray(19)];
    expect(await linesOf(chunks)).toEqual([
      { number: 1, text: '{"a":1}' },
      { number: 3, text: '{"b":"é😀"}\r' },
      { number: 4, text: '{"c":3}' },
    ]);
  });

  test('a line that is not UTF-8 is an error for that line only', async () => {
    const out = await linesOf([Buffer.concat([Buffer.from('{"a":1}\n'), Buffer.from([0xc3, 0x28]), Buffer.from('\n{"b":2}\n')])]);
    expect(out).toEqual([{ number: 1, text: '{"a":1}' }, { number: 2, error: 'line 2 is not valid UTF-8 text' }, { number: 3, text: '{"b":2}' }]);
  });

  test('an empty stream has no lines', async () => {
    expect(await linesOf([])).toEqual([]);
  });
});
