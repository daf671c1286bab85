/** Why a file could not be read as an article; the message is shown to the person who uploaded it. */
export class UnreadableDocumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableDocumentError';
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Share of bytes that are control characters (other than tab, newline, form feed, carriage return) in the first 8 KB. */
function controlShare(bytes: Uint8Array): number {
  const sample = bytes.subarray(0, 8192);
  let controls = 0;
  for (const b of sample) if (b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13) controls++;
  return sample.length ? controls / sample.length : 0;
}

/**
 * Bytes of an uploaded file to text. UTF-8 (with or without BOM) and UTF-16 with a BOM are read;
 * anything else is refused with a message that says what to do, rather than guessed at and garbled.
 */
export function decodeText(bytes: Uint8Array, name: string): string {
  if (bytes.length === 0) throw new UnreadableDocumentError(`${name} is empty.`);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.includes(0) || controlShare(bytes) > 0.05) {
    throw new UnreadableDocumentError(`${name} looks like a binary file, not text. Upload a .txt, .md or .html article.`);
  }
  try {
    const text = utf8.decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    throw new UnreadableDocumentError(
      `${name} is not UTF-8 text (it may be in Windows-1252 or Latin-1). Save it as UTF-8 and upload it again.`,
    );
  }
}
