import { parseCliArgs, wholeNumber, withOptionalCount } from '@/lib/cli/parse-cli-args';
import { ArgumentError, reportUsageError, UsageError } from '@/lib/cli/usage-error';

const OPTIONS = { dct: { type: 'string' }, stats: { type: 'boolean' } } as const;

function problem(args: string[]): string {
  try {
    parseCliArgs({ args, options: OPTIONS, allowPositionals: args[0] !== 'no-positionals' });
  } catch (error) {
    expect(error).toBeInstanceOf(ArgumentError);
    return (error as Error).message;
  }
  throw new Error('parsed');
}

describe('parseCliArgs(config)', () => {
  it('returns the flags and positionals', () => {
    expect(parseCliArgs({ args: ['--dct', '2024-01-02', 'a.txt', '--stats', 'b.txt'], options: OPTIONS, allowPositionals: true })).toEqual({
      values: { dct: '2024-01-02', stats: true },
      positionals: ['a.txt', 'b.txt'],
    });
  });

  it.each([
    [['--fast'], 'unknown option --fast'],
    [['-x'], 'unknown option -x'],
    [['a.txt', '--dct'], '--dct needs a value'],
    [['--dct', '--stats'], "--dct needs a value (one that starts with '-' is written --dct=-VALUE)"],
    [['--stats=yes'], '--stats takes no value'],
    [['no-positionals'], 'unexpected argument no-positionals'],
  ])('turns %j into one line: %s', (args, message) => {
    expect(problem(args)).toBe(message);
  });
});

describe('wholeNumber(flag, text, min, max)', () => {
  it('accepts digits within the range', () => {
    expect(wholeNumber('--runs', '7')).toBe(7);
    expect(wholeNumber('--mb', '0', 0, 10)).toBe(0);
  });

  it.each([
    ['many', 1, Infinity, '--n needs a positive whole number, got "many"'],
    ['0', 1, Infinity, '--n needs a positive whole number, got "0"'],
    ['1e3', 1, Infinity, '--n needs a positive whole number, got "1e3"'],
    ['1000', 1, 999, '--n needs a whole number from 1 to 999, got "1000"'],
    ['5', 10, Infinity, '--n needs a whole number of at least 10, got "5"'],
  ])('refuses %j (min %d, max %d)', (text, min, max, message) => {
    expect(() => wholeNumber('--n', text, min, max)).toThrow(new ArgumentError(message));
  });
});

describe('withOptionalCount(argv, flag, fallback)', () => {
  it('joins a following count to the flag and gives a bare flag the fallback', () => {
    expect(withOptionalCount(['--errors', '5', 'dir'], '--errors', 20)).toEqual(['--errors=5', 'dir']);
    expect(withOptionalCount(['dir', '--errors'], '--errors', 20)).toEqual(['dir', '--errors=20']);
    expect(withOptionalCount(['--errors', 'dir'], '--errors', 20)).toEqual(['--errors=20', 'dir']);
    expect(withOptionalCount(['--errors=3'], '--errors', 20)).toEqual(['--errors=3']);
  });

  it('leaves everything after -- as it is', () => {
    expect(withOptionalCount(['--', '--errors', '5'], '--errors', 20)).toEqual(['--', '--errors', '5']);
  });
});

describe('reportUsageError(error, cli, usage)', () => {
  let written: string;
  beforeEach(() => {
    written = '';
    jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((written += String(chunk)), true));
  });
  afterEach(() => jest.restoreAllMocks());

  it('writes an argument problem and the usage on one line, and returns 2', () => {
    expect(reportUsageError(new ArgumentError('unknown option --fast'), 'extract', 'usage: extract FILE')).toBe(2);
    expect(written).toBe('extract: unknown option --fast; usage: extract FILE\n');
  });

  it('writes a file problem without the usage', () => {
    expect(reportUsageError(new UsageError('cannot read a.txt: no such file'), 'extract', 'usage: extract FILE')).toBe(2);
    expect(written).toBe('extract: cannot read a.txt: no such file\n');
  });

  it('rethrows anything else', () => {
    const error = new Error('disk full');
    expect(() => reportUsageError(error, 'extract', 'usage')).toThrow(error);
  });
});
