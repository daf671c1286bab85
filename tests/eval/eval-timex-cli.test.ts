import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

const SAMPLE = `<?xml version="1.0" ?>
<TimeML>
<DOCID>sample</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">1998-08-07</TIMEX3></DCT>
<TEXT>
Bombs exploded <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> in Nairobi. Talks resumed on <TIMEX3 tid="t2" type="DATE" value="1998-08-03">August 3, 1998</TIMEX3>.
</TEXT>
</TimeML>
`;

function evalTimex(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'lib/cli/eval-timex.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
}

describe('npm run eval:timex', () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'eval-timex-'));
    writeFileSync(join(folder, 'sample.tml'), SAMPLE);
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('scores a folder of TimeML files and writes our timexes with --out', () => {
    const out = join(folder, 'ours.json');
    const run = evalTimex(folder, '--out', out);
    expect(run.stdout).toContain('on 1 files, 11 words, 2 gold timexes');
    expect(run.stdout).toMatch(/strict match\s+(\d\.\d{3}\s+){3,6}\s*F1 >= 0\.90/);
    if (run.stdout.includes('Our tagger is missing')) {
      expect(run.status).toBe(1);
    } else {
      expect(run.status).toBe(0);
      const written = JSON.parse(readFileSync(out, 'utf8'));
      expect(Object.keys(written)).toEqual(['sample.tml']);
      for (const t of written['sample.tml']) expect(Object.keys(t)).toEqual(expect.arrayContaining(['start', 'end', 'text', 'type', 'value']));
    }
  });

  it('takes --errors with or without a count, and a path after a bare --errors is a path', () => {
    for (const args of [['--errors', folder], [folder, '--errors', '3'], [folder, '--errors=3']]) {
      const run = evalTimex(...args);
      expect(run.stdout).toContain('on 1 files, 11 words, 2 gold timexes');
      expect(run.stdout).toContain('most frequent first');
    }
  });

  it('exits 2 with a clear message when the folder is missing', () => {
    const run = evalTimex(join(folder, 'nowhere'));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/no such folder: .*nowhere .*pass the TimeML corpus folder/);
  });

  it('exits 2 with the usage on a bad option', () => {
    const run = evalTimex('--files', 'many');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--files needs a positive whole number');
    expect(run.stderr).toContain('usage: npm run eval:timex');
  });
});
