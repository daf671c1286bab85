// TempEval-3 Task A on a TimeML corpus: our tagger against plain chrono-node.
// npm run eval:timex -- [DIR|FILE.tml ...] [--out FILE] [--files N] [--errors [N]]
import { writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Timex } from '../extract/types';
import { chronoTimexes } from '../eval/chrono-baseline';
import { formatScoreTable, type ScoredSystem } from '../eval/format-scores';
import { DEFAULT_CORPUS, findTimemlPaths, loadTimemlFiles } from '../eval/load-corpus';
import { loadTagger } from '../eval/load-tagger';
import { addCounts, countTimexMatches, NO_COUNTS, timexScores } from '../eval/score-timex';
import { findTimexErrors, formatErrorReport, type TimexError } from '../eval/timex-errors';
import type { TimemlFile } from '../eval/types';
import { parseCliArgs, wholeNumber, withOptionalCount } from './parse-cli-args';
import { ArgumentError, argsOrExit } from './usage-error';

const USAGE = 'usage: npm run eval:timex -- [DIR|FILE.tml ...] [--out FILE] [--files N] [--errors [N]]';
const DEFAULT_ERROR_GROUPS = 20;

interface Args {
  paths: string[];
  out?: string;
  files?: number;
  errors?: number;
}

/** The arguments, or null for `--help`. */
function readArgs(argv: readonly string[]): Args | null {
  const { values, positionals } = parseCliArgs({
    // The count is optional: `--errors` alone shows the top 20 groups of each kind.
    args: withOptionalCount(argv, '--errors', DEFAULT_ERROR_GROUPS),
    allowPositionals: true,
    options: { out: { type: 'string' }, files: { type: 'string' }, errors: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) return null;
  if (values.out === '') throw new ArgumentError('--out needs a file name');
  return {
    paths: positionals.length ? positionals : [DEFAULT_CORPUS],
    out: values.out,
    files: values.files === undefined ? undefined : wholeNumber('--files', values.files),
    errors: values.errors === undefined ? undefined : wholeNumber('--errors', values.errors),
  };
}

interface SystemRun {
  name: string;
  output: Map<string, Timex[]>;
  seconds: number;
  failures: string[];
}

function runSystem(name: string, files: readonly TimemlFile[], tag: (file: TimemlFile) => Timex[]): SystemRun {
  const output = new Map<string, Timex[]>();
  const failures: string[] = [];
  const started = performance.now();
  for (const file of files) {
    try {
      const timexes = tag(file);
      if (!Array.isArray(timexes)) throw new Error(`returned ${typeof timexes} instead of an array of timexes`);
      output.set(file.name, timexes);
    } catch (error) {
      output.set(file.name, []);
      failures.push(`${file.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { name, output, seconds: (performance.now() - started) / 1000, failures };
}

/** Timexes whose text is not the slice at their offsets: scoring trusts the offsets, so say so. */
function offsetMismatches(run: SystemRun, files: readonly TimemlFile[]): string[] {
  return files.flatMap((file) =>
    (run.output.get(file.name) ?? [])
      .filter((t) => file.doc.text.slice(t.start, t.end) !== t.text)
      .map((t) => `${file.name} ${t.start}-${t.end}: text ${JSON.stringify(t.text)} but the slice is ${JSON.stringify(file.doc.text.slice(t.start, t.end))}`),
  );
}

function scored(run: SystemRun, files: readonly TimemlFile[], checked: boolean): ScoredSystem {
  const counts = files.reduce((sum, file) => addCounts(sum, countTimexMatches(file.doc.gold, run.output.get(file.name) ?? [])), NO_COUNTS);
  return { name: run.name, counts, checked, seconds: run.seconds };
}

/** F1s per folder (TimeBank and AQUAINT differ in style), when the files come from more than one. */
function folderBreakdown(runs: readonly SystemRun[], files: readonly TimemlFile[]): string[] {
  // Not Map.groupBy: the project supports Node 20.
  const folders = new Map<string, TimemlFile[]>();
  for (const file of files) {
    const folder = relative(process.cwd(), dirname(file.path)) || '.';
    folders.set(folder, [...(folders.get(folder) ?? []), file]);
  }
  if (folders.size < 2) return [];
  const lines = ['', 'F1 by folder (strict / relaxed / value / type):'];
  for (const [folder, inFolder] of folders) {
    const gold = inFolder.reduce((n, f) => n + f.doc.gold.length, 0);
    const systems = runs.map((run) => {
      const f1 = timexScores(scored(run, inFolder, false).counts);
      return `${run.name} ${[f1.strict, f1.relaxed, f1.value, f1.type].map((s) => s.f1.toFixed(3)).join(' ')}`;
    });
    lines.push(`  ${folder} (${inFolder.length} files, ${gold} gold): ${systems.join('   ')}`);
  }
  return lines;
}

function outputTimex({ start, end, text, type, value, mod }: Timex): Timex {
  return mod ? { start, end, text, type, value, mod } : { start, end, text, type, value };
}

function reportProblems(run: SystemRun, files: readonly TimemlFile[]) {
  const problems = [
    ...run.failures.map((f) => `threw on ${f}`),
    ...offsetMismatches(run, files).map((m) => `offset mismatch in ${m}`),
  ];
  if (problems.length === 0) return;
  console.error(`\n${run.name}: ${problems.length} problems (first 10):`);
  for (const problem of problems.slice(0, 10)) console.error(`  ${problem}`);
}

async function main(argv: readonly string[]): Promise<number> {
  const read = argsOrExit(() => readArgs(argv), 'eval:timex', USAGE);
  if ('exit' in read) return read.exit;
  const { args } = read;
  const paths = findTimemlPaths(args.paths);
  const files = loadTimemlFiles(args.files ? paths.slice(0, args.files) : paths);
  const goldCount = files.reduce((n, f) => n + f.doc.gold.length, 0);
  const words = files.reduce((n, f) => n + (f.doc.text.match(/\S+/g)?.length ?? 0), 0);
  console.log(`TempEval-3 Task A on ${files.length} files, ${words} words, ${goldCount} gold timexes (${args.paths.join(', ')})\n`);

  const tagger = await loadTagger();
  const runs: SystemRun[] = [];
  if ('tagTimexes' in tagger) {
    runs.push(runSystem('ours', files, (f) => tagger.tagTimexes(f.doc.text, { dct: f.doc.dct }).timexes));
  } else {
    console.log(`Our tagger is missing: ${tagger.missing}. Scoring chrono-node only.\n`);
  }
  const chronoRun = runSystem('chrono-node', files, (f) => chronoTimexes(f.doc.text, f.doc.dct));
  runs.push(chronoRun);

  console.log(formatScoreTable(runs.map((run) => scored(run, files, run !== chronoRun))));
  for (const line of folderBreakdown(runs, files)) console.log(line);
  for (const run of runs) reportProblems(run, files);

  const ours = runs.find((run) => run !== chronoRun);
  if (args.out) {
    if (!ours) {
      console.error(`\n--out: nothing written, our tagger is missing.`);
    } else {
      // One timex a line: diffable between runs, and still one JSON object.
      const entries = files.map((f) => {
        const timexes = (ours.output.get(f.name) ?? []).map((t) => `  ${JSON.stringify(outputTimex(t))}`);
        return ` ${JSON.stringify(f.name)}: [${timexes.length ? `\n${timexes.join(',\n')}\n ` : ''}]`;
      });
      writeFileSync(args.out, `{\n${entries.join(',\n')}\n}\n`);
      console.log(`\nWrote our timexes for ${files.length} files to ${args.out}`);
    }
  }
  if (args.errors) {
    const explained = ours ?? chronoRun;
    const errors: TimexError[] = files.flatMap((f) => findTimexErrors(f.name, f.doc.text, f.doc.gold, explained.output.get(f.name) ?? []));
    console.log(`\nErrors of ${explained.name}, most frequent first:\n${formatErrorReport(errors, args.errors)}`);
  }
  return ours ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`eval:timex: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
