import type { Readable } from 'node:stream';
import { DOCUMENT_MAX_CHARS } from '../model';

/** A line of input: its text, or why it could not be read. Numbered from 1. */
export type InputLine = { number: number; text: string } | { number: number; error: string };

// A document of DOCUMENT_MAX_CHARS characters fits in this many bytes of JSON, escapes included.
const MAX_LINE_BYTES = DOCUMENT_MAX_CHARS * 6 + 64 * 1024;
const NEWLINE = 0x0a;

/**
 * The lines of a byte stream, pulled only as fast as the consumer takes them (so memory stays flat on
 * any input size). Lines that are not UTF-8, or are longer than any document can be, come as errors
 * and are skipped without being held in memory; blank lines are left out.
 */
export async function* jsonlLines(input: Readable): AsyncGenerator<InputLine> {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let number = 0;

  function finish(): InputLine | null {
    number += 1;
    const bytes = Buffer.concat(parts, size);
    [parts, size] = [[], 0];
    if (tooLong) {
      tooLong = false;
      return { number, error: `line ${number} is longer than ${MAX_LINE_BYTES} bytes` };
    }
    let text: string;
    try {
      text = utf8.decode(bytes);
    } catch {
      return { number, error: `line ${number} is not valid UTF-8 text` };
    }
    return text.trim() ? { number, text } : null;
  }

  for await (const chunk of input) {
    let buffer = chunk as Buffer;
    for (let nl = buffer.indexOf(NEWLINE); nl >= 0; nl = buffer.indexOf(NEWLINE)) {
      if (!tooLong) parts.push(buffer.subarray(0, nl));
      size += tooLong ? 0 : nl;
      const line = finish();
      if (line) yield line;
      buffer = buffer.subarray(nl + 1);
    }
    if (tooLong || size + buffer.length > MAX_LINE_BYTES) {
      [parts, size, tooLong] = [[], 0, true];
    } else if (buffer.length) {
      parts.push(buffer);
      size += buffer.length;
    }
  }
  if (size > 0 || tooLong) {
    const line = finish();
    if (line) yield line;
  }
}
