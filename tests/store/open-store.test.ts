import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getStore, openStore } from '@/lib/store';

const folder = mkdtempSync(path.join(os.tmpdir(), 'timeline-open-store-test-'));
const savedUrl = process.env.DATABASE_URL;

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
  if (savedUrl === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = savedUrl;
});

describe('openStore', () => {
  test('openStore refuses a URL scheme it does not know, naming the ones it does', async () => {
    await expect(openStore('mysql://root@localhost/db')).rejects.toThrow(/Unsupported database URL scheme mysql:.*sqlite:.*postgres:\/\//);
    await expect(openStore('data/timeline.db')).rejects.toThrow(/Unsupported database URL scheme \(none\)/);
  });

  test('openStore refuses a sqlite: URL without a path', async () => {
    await expect(openStore('sqlite:')).rejects.toThrow(/needs a file path/);
  });

  test('openStore says which SQLite file it cannot open, and why', async () => {
    const notADatabase = path.join(folder, 'notes.txt');
    writeFileSync(notADatabase, 'These are not the pages of a database. '.repeat(200));
    await expect(openStore(`sqlite:${notADatabase}`)).rejects.toThrow(`Cannot open SQLite file ${notADatabase}: file is not a database`);
    // A folder cannot be made inside a file.
    await expect(openStore(`sqlite:${path.join(notADatabase, 'x.db')}`)).rejects.toThrow(/Cannot open SQLite file .*notes\.txt\/x\.db: E(NOTDIR|EXIST)/);
  });

  test('openStore keeps a password out of its connection errors', async () => {
    // Port 1 on localhost refuses at once.
    const error = await openStore('postgres://someone:s3cret@127.0.0.1:1/none').then(
      () => new Error('opened'),
      (e: Error) => e,
    );
    expect(error.message).toMatch(/Cannot connect to PostgreSQL at postgres:\/\/someone:\*\*\*@127\.0\.0\.1:1\/none/);
    expect(error.message).not.toMatch(/s3cret/);
  });

  test('openStore opens sqlite::memory: and sqlite:///absolute paths', async () => {
    const memory = await openStore('sqlite::memory:');
    await memory.createTimeline({ slug: 'a', title: 'A' });
    expect(await memory.getTimeline('a')).toMatchObject({ slug: 'a' });
    await memory.close();

    const absolute = await openStore(`sqlite://${path.join(folder, 'nested', 'abs.db')}`);
    expect(absolute.kind).toBe('sqlite');
    await absolute.close();
  });
});

describe('getStore', () => {
  test('getStore opens DATABASE_URL once per process and retries after a failure', async () => {
    process.env.DATABASE_URL = 'nosuch://x';
    await expect(getStore()).rejects.toThrow(/Unsupported/);

    process.env.DATABASE_URL = `sqlite:${path.join(folder, 'singleton.db')}`;
    const first = getStore();
    expect(getStore()).toBe(first);
    const store = await first;
    expect(store.kind).toBe('sqlite');
    expect(await getStore()).toBe(store);
    await store.close();
  });
});
