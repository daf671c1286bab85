import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '@/lib/store/open-store';

const SEED = 'data/articles/royal-article.txt';

let folder: string;
let databaseUrl: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
  databaseUrl = `sqlite:${join(folder, 'timeline.db')}`;
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function ingest(args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'lib/cli/ingest.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

async function eventsOf(timeline: string) {
  const store = await openStore(databaseUrl);
  try {
    return (await store.listEvents(timeline)).events;
  } finally {
    await store.close();
  }
}

describe('npm run ingest -- --timeline SLUG [--title T] FILE...', () => {
  test('creates the timeline, stores the events, and keeps ids when a second article tells the same happening', async () => {
    const first = ingest(['--timeline', 'royals', '--title', 'The royals', '--dct', '2024-02-17', SEED]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const before = await eventsOf('royals');
    expect(before.length).toBeGreaterThan(5);
    const steppedDown = before.find((e) => e.date.value === '2020')!;

    const followUp = join(folder, 'follow-up.txt');
    const binary = join(folder, 'photo.txt');
    writeFileSync(followUp, 'Harry stepped down as a working royal in 2020. The Sussexes later moved to California.\n');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    const second = ingest(['--timeline', 'royals', SEED, binary, followUp]);
    expect(second.code).toBe(1);
    expect(second.stdout).toMatch(/already has document "royal-article"/);
    expect(second.stdout).toMatch(/photo\.txt: .*binary/);
    expect(second.stdout).toMatch(/follow-up\.txt: document "follow-up", 1 events \(1 merged/);

    const after = await eventsOf('royals');
    expect(after.map((e) => e.id).sort()).toEqual(before.map((e) => e.id).sort());
    const merged = after.find((e) => e.id === steppedDown.id)!;
    expect(new Set(merged.mentions.map((m) => m.documentId))).toEqual(new Set(['royal-article', 'follow-up']));
  });

  test.each([
    [['--timeline', 'Not A Slug', SEED], /--timeline/],
    [['--timeline', 'royals', join('nowhere', 'missing.txt')], /missing\.txt: no such file/],
    [['--timeline', 'royals'], /at least one FILE/],
    [['--timeline', 'royals', '--dct', 'yesterday', SEED], /--dct/],
  ])('bad input %j is a one-line error and exit code 2', (args, message) => {
    const run = ingest(args);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(message)]);
  });

  test('a DATABASE_URL that names no usable database is a one-line error and exit code 2', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'lib/cli/ingest.ts', '--timeline', 'royals', SEED], {
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: 'mysql://localhost/nope' },
    });
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/Unsupported database URL/)]);
  });

  test.each([[['--timeline', 'royals', '--title', '   ', SEED], /--title/]])('bad input %j is a one-line error and exit code 2', (args, message) => {
    const run = ingest(args);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(message)]);
  });
});
