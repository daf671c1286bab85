import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SEED = 'data/articles/royal-article.txt';

function extract(args: string[], input?: string | Buffer) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'lib/cli/extract.ts', ...args], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

let folder: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'extract-cli-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('npm run extract -- [--dct] FILE...', () => {
  test('prints the dct, the timexes and the events of one file', () => {
    const { code, stdout } = extract(['--dct', '2024-02-17', SEED]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.dct).toEqual({ value: '2024-02-17', source: 'given', reason: expect.any(String) });
    expect(out.timexes.length).toBeGreaterThan(10);
    const clinic = out.events.find((e: { date: { value: string } }) => e.date.value === '2024-01-29');
    expect(Object.keys(clinic)).toEqual(['id', 'title', 'date', 'sentence', 'mentions', 'people', 'places', 'organizations', 'confidence']);
    expect(clinic.sentence).toMatch(/London Clinic/);
    expect(clinic.mentions[0]).toMatchObject({ documentId: 'royal-article', timexStart: expect.any(Number), timexEnd: expect.any(Number) });
  });

  test('several files make one timeline, with one happening merged across them', () => {
    const other = join(folder, 'follow-up.txt');
    writeFileSync(other, 'Prince Harry stepped down as a working royal in 2020, and the couple moved to California.\n');
    const { code, stdout } = extract(['--dct', '2024-02-17', SEED, other]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.documents.map((d: { id: string }) => d.id)).toEqual(['royal-article', 'follow-up']);
    const twenty = out.events.filter((e: { date: { value: string } }) => e.date.value === '2020');
    expect(twenty).toHaveLength(1);
    expect(new Set(twenty[0].mentions.map((m: { documentId: string }) => m.documentId))).toEqual(new Set(['royal-article', 'follow-up']));
  });

  test('a missing file is a one-line error and exit code 2', () => {
    const { code, stdout, stderr } = extract([SEED, join(folder, 'nope.txt')]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/nope\.txt: no such file/)]);
  });

  test('a bad --dct is a one-line error and exit code 2', () => {
    const { code, stderr } = extract(['--dct', '2024-02-30', SEED]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--dct/);
  });

  test('a binary or non-UTF-8 file gets an error entry and the other files are still extracted', () => {
    const binary = join(folder, 'photo.txt');
    const latin1 = join(folder, 'latin1.txt');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    writeFileSync(latin1, Buffer.from('Caf\xe9 opened on 3 May 2021.', 'latin1'));
    const { code, stdout } = extract(['--dct', '2024-02-17', binary, latin1, SEED]);
    expect(code).toBe(1);
    const out = JSON.parse(stdout);
    expect(out.documents[0]).toEqual({ id: 'photo', error: expect.stringMatching(/binary/) });
    expect(out.documents[1]).toEqual({ id: 'latin1', error: expect.stringMatching(/UTF-8/) });
    expect(out.events.length).toBeGreaterThan(5);
  });

  test('an empty file gives an empty result, not an error', () => {
    const empty = join(folder, 'empty.txt');
    writeFileSync(empty, '');
    const { code, stdout } = extract([empty]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ timexes: [], events: [] });
  });
});

describe('npm run extract -- --jsonl', () => {
  const seedText = readFileSync(SEED, 'utf8');
  const lines = [
    JSON.stringify({ id: 'seed', text: seedText, dct: '2024-02-17' }),
    '{"id": "broken", "text": ',
    JSON.stringify({ id: 'short', text: 'The bridge opened on 5 May 2021.', dct: '2021-06-01' }),
    JSON.stringify({ id: 'empty', text: '' }),
    JSON.stringify({ id: 'bad dct', text: 'x' }),
    JSON.stringify({ id: 'seed-2', text: seedText }),
  ];
  const input = Buffer.concat([Buffer.from(lines.join('\n') + '\n'), Buffer.from([0xc3, 0x28, 0x0a]), Buffer.from(JSON.stringify({ id: 'last', text: 'In 1998 the mill closed.' }))]);

  test.each([['1'], ['2']])('one result per line, in input order, with per-line errors (--threads %s)', (threads) => {
    const { code, stdout } = extract(['--jsonl', '--threads', threads], input);
    expect(code).toBe(0);
    const out = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['seed', 'line-2', 'short', 'empty', 'bad dct', 'seed-2', 'line-7', 'last']);
    expect(out[0].events.length).toBeGreaterThan(5);
    expect(out[1].error).toMatch(/not valid JSON/);
    expect(out[2].events.map((e: { date: { value: string } }) => e.date.value)).toEqual(['2021-05-05']);
    expect(out[3]).toMatchObject({ timexes: [], events: [] });
    expect(out[4].error).toMatch(/id/);
    expect(out[6].error).toMatch(/UTF-8/);
    expect(out[7].events[0].date.value).toBe('1998');
  });

  test('--stats reports counts, start-up and run time apart, and peak memory on standard error', () => {
    const { code, stderr } = extract(['--jsonl', '--threads', '2', '--stats'], input);
    expect(code).toBe(0);
    const stats = JSON.parse(stderr.trim().split('\n').pop()!);
    expect(stats).toMatchObject({ documents: 8, errors: 3, threads: 2, bytes: input.length });
    expect(stats.events).toBeGreaterThan(10);
    for (const key of ['startupSeconds', 'seconds', 'cpuSeconds', 'peakRssBytes']) expect(stats[key]).toBeGreaterThan(0);
  });

  test('gives the same results on one thread and on the pool', () => {
    expect(extract(['--jsonl', '--threads', '2'], input).stdout).toBe(extract(['--jsonl', '--threads', '1'], input).stdout);
  });
});
