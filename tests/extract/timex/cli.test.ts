import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = process.cwd();
const SEED = path.join(ROOT, 'data/articles/royal-article.txt');

function extract(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'lib/cli/extract.ts'), ...args], { encoding: 'utf8', cwd: ROOT, timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run extract -- --timex-only', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'timex-cli-'));

  it('prints the DCT and the timexes as JSON', () => {
    const run = extract('--timex-only', '--dct', '2024-02-17', SEED);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.dct).toEqual({ value: '2024-02-17', source: 'given', reason: expect.any(String) });
    expect(out.timexes).toContainEqual(expect.objectContaining({ text: 'January 29', type: 'DATE', value: '2024-01-29' }));
  });

  it('infers the DCT when none is given', () => {
    const out = JSON.parse(extract('--timex-only', SEED).stdout);
    expect(out.dct.source).toBe('inferred');
    expect(out.dct.value).toMatch(/^2024-/);
  });

  it.each([
    ['a missing file', ['--timex-only', path.join(dir, 'nope.txt')], /no such file/],
    ['a directory', ['--timex-only', dir], /directory/],
    ['an impossible --dct', ['--timex-only', '--dct', '2024-02-30', SEED], /--dct/],
    ['a malformed --dct', ['--timex-only', '--dct', 'yesterday', SEED], /--dct/],
    ['--dct without a value', ['--timex-only', SEED, '--dct'], /--dct/],
    ['an unknown option', ['--timex-only', '--fast', SEED], /unknown option --fast; usage: npm run -s extract/],
    ['--jsonl beside it', ['--timex-only', '--jsonl'], /--jsonl and --timex-only do not go together/],
  ])('refuses %s with one line on stderr and exit code 2', (_name, args, message) => {
    const run = extract(...(args as string[]));
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message as RegExp);
  });

  it('refuses a binary file', () => {
    const file = path.join(dir, 'image.png');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    const run = extract('--timex-only', file);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/binary/);
  });

  it('refuses text that is not UTF-8', () => {
    const file = path.join(dir, 'latin1.txt');
    writeFileSync(file, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6e, 0x20, 0x4d, 0x6f, 0x6e, 0x64, 0x61, 0x79]));
    const run = extract('--timex-only', file);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/UTF-8/);
  });
});
