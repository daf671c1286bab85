// Extract from one text file and print JSON.
// npm run -s extract -- --timex-only [--dct YYYY-MM-DD] FILE
import { readFileSync } from 'node:fs';
import { tagTimexes } from '../extract/tag-timexes';
import { parseDay } from '../extract/timex/calendar';
import { DOCUMENT_MAX_CHARS } from '../model';

const USAGE = 'usage: npm run -s extract -- --timex-only [--dct YYYY-MM-DD] FILE';

class UsageError extends Error {}

interface Args {
  mode: 'timex-only';
  dct?: string;
  file: string;
}

function parseArgs(argv: readonly string[]): Args {
  let mode: Args['mode'] | undefined;
  let dct: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--timex-only') mode = 'timex-only';
    else if (arg === '--dct') {
      dct = argv[++i];
      if (dct === undefined || !parseDay(dct)) throw new UsageError(`--dct needs a real calendar day YYYY-MM-DD, got ${JSON.stringify(dct ?? '')}`);
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else files.push(arg);
  }
  if (!mode) throw new UsageError(`missing mode. ${USAGE}`);
  if (files.length !== 1) throw new UsageError(`expected one FILE, got ${files.length}. ${USAGE}`);
  return { mode, dct, file: files[0] };
}

/** The file as text; binary or non-UTF-8 content is refused rather than tagged as garbage. */
function readText(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (code ?? 'unreadable')}`);
  }
  if (bytes.includes(0)) throw new UsageError(`${file} looks binary (contains NUL bytes)`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`${file} is not valid UTF-8 text`);
  }
  if (text.length > DOCUMENT_MAX_CHARS) throw new UsageError(`${file} is too long (${text.length} characters, limit ${DOCUMENT_MAX_CHARS})`);
  return text.replace(/\r\n?/g, '\n');
}

function main(argv: readonly string[]): number {
  try {
    const args = parseArgs(argv);
    const text = readText(args.file);
    process.stdout.write(JSON.stringify(tagTimexes(text, { dct: args.dct }), null, 2) + '\n');
    return 0;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`extract: ${error.message}\n`);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
