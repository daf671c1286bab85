import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TEN_MB = 10_000_000;

/** A long, plausible article: council business with a dated happening every few paragraphs. */
function longArticle(bytes: number): string {
  const filler = [
    'The committee met in the town hall and talked about the new bridge, the roads and the budget for schools.',
    'Residents asked Mr. Hughes how the U.S. contractor would be paid, and whether the works would close the market.',
    'Several councillors said the plans had improved, although questions remained about parking near the station.',
  ];
  const dated = ['The mayor opened the new library on March 3, 2021.', 'Floods hit the valley in 2019.', 'The council approved the budget last week.'];
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const paragraph = [...filler, ...filler, ...filler, ...filler, ...(i % 4 === 0 ? [dated[(i / 4) % 3]] : [])].join(' ') + '\n\n';
    parts.push(paragraph);
    size += paragraph.length;
  }
  return parts.join('').slice(0, bytes);
}

test('a 10 MB article is extracted by the CLI', () => {
  const folder = mkdtempSync(join(tmpdir(), 'large-article-'));
  try {
    const file = join(folder, 'long.txt');
    writeFileSync(file, longArticle(TEN_MB));
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'lib/cli/extract.ts', '--dct', '2024-02-17', file], {
      encoding: 'utf8',
      maxBuffer: 1 << 29,
      timeout: 60_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.events.map((e: { date: { value: string } }) => e.date.value).sort()).toEqual(['2019', '2021-03-03', '2024-W06']);
    expect(out.events[0].mentions.length).toBeGreaterThan(100);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}, 60_000);
