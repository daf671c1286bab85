import { timexScores, type PrecisionRecall, type TimexCounts, type TimexScores } from './score-timex';

/** The F1 our tagger has to reach on TBAQ. */
export const TIMEX_TARGETS: Record<keyof TimexScores, number> = { strict: 0.9, relaxed: 0.94, value: 0.87, type: 0.9 };

export interface ScoredSystem {
  name: string;
  counts: TimexCounts;
  /** Whether the table says pass or FAIL against the targets for this system. */
  checked?: boolean;
  /** How long the system took over the whole corpus. */
  seconds?: number;
}

const ROWS: Array<[keyof TimexScores, string]> = [
  ['strict', 'strict match'],
  ['relaxed', 'relaxed match'],
  ['value', 'value (attr.)'],
  ['type', 'type (attr.)'],
];

const cell = (n: number) => n.toFixed(3).padStart(6);
const triple = (s: PrecisionRecall) => `${cell(s.precision)} ${cell(s.recall)} ${cell(s.f1)}`;
const WIDTH = 26;

/**
 * The side-by-side TempEval-3 table, with pass/FAIL against the targets for the checked systems.
 * Scores are fractions (the toolkit prints the same numbers times 100).
 */
export function formatScoreTable(systems: readonly ScoredSystem[], targets = TIMEX_TARGETS): string {
  const scores = systems.map((s) => timexScores(s.counts));
  const row = (label: string, cells: string[], tail = '') => `${label.padEnd(15)}${cells.map((c) => `  ${c.padEnd(WIDTH)}`).join('')}${tail}`.trimEnd();
  const lines = [row('', systems.map((s) => s.name), '  target'), row('', systems.map(() => '     P      R     F1'))];
  for (const [key, label] of ROWS) {
    const verdicts = systems.flatMap((system, i) => (system.checked ? [`${system.name} ${scores[i][key].f1 >= targets[key] ? 'pass' : 'FAIL'}`] : []));
    lines.push(row(label, scores.map((s) => triple(s[key])), `  F1 >= ${targets[key].toFixed(2)}  ${verdicts.join(', ')}`));
  }
  lines.push(
    row('timexes', systems.map((s) => `gold ${s.counts.gold}, found ${s.counts.system}`)),
    row('matches', systems.map((s) => `strict ${s.counts.strict}, relaxed ${s.counts.relaxed}`)),
  );
  if (systems.some((s) => s.seconds !== undefined)) {
    lines.push(row('time', systems.map((s) => (s.seconds === undefined ? '' : `${s.seconds.toFixed(2)} s`))));
  }
  return lines.join('\n');
}
