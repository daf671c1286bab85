import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findTimemlPaths, loadTimemlFiles } from '@/lib/eval/load-corpus';

// The shared TBAQ corpus sits outside the repository; without it (a fresh clone, CI) there is nothing to check.
const TBAQ = join(__dirname, '..', '..', '..', 'shared', 'corpora', 'tbaq');
const describeIfCorpus = existsSync(TBAQ) ? describe : describe.skip;

describeIfCorpus('readTimeml on TBAQ', () => {
  // Loaded before the tests, not as they are collected: jest collects a skipped block too, and without the corpus this would throw.
  let files: ReturnType<typeof loadTimemlFiles> = [];
  beforeAll(() => {
    files = loadTimemlFiles(findTimemlPaths([TBAQ]));
  });

  it('reads all 256 documents and the 1,822 TIMEX3s inside TEXT that the corpus notes count', () => {
    expect(files).toHaveLength(256);
    expect(files.reduce((n, f) => n + f.doc.gold.length, 0)).toBe(1822);
  });

  it('gives every gold timex offsets whose slice is its text', () => {
    for (const { name, doc } of files) {
      for (const timex of doc.gold) expect(`${name}: ${doc.text.slice(timex.start, timex.end)}`).toBe(`${name}: ${timex.text}`);
    }
  });

  it('finds the same timex texts as a plain scan of the raw markup', () => {
    for (const { name, path, doc } of files) {
      const raw = readFileSync(path, 'utf8');
      const body = raw.slice(raw.indexOf('<TEXT>'), raw.indexOf('</TEXT>'));
      const scanned = [...body.matchAll(/<TIMEX3[^>]*>([^<]*)<\/TIMEX3>/g)].map((m) => m[1].replace(/&amp;/g, '&'));
      expect([name, doc.gold.map((t) => t.text)]).toEqual([name, scanned]);
    }
  });

  it('takes every DCT as a day', () => {
    for (const { doc } of files) expect(doc.dct).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
