import { timexScores, type PrecisionRecall, type TimexCounts, type TimexScores } from './score-timex';

/** The F1 our tagger has to reach on TBAQ. */
export const TIMEX_TARGETS: Record<keyof TimexScores, number> = { strict: 0.9, relaxed: 0.94, value: 0.87, type: 0.9 };

export interface ScoredSystem {
  name: string;
  counts: TimexCounts;
  /** Whether the table says pass or FAIL against the targets for this system. */
  checked?: boolean;
}

const ROWS: Array<[keyof TimexScores, string]> = [
  ['strict', 'strict match'],
  ['relaxed', 'relaxed match'],
  ['value', 'value (attr.)'],
  ['type', 'type (attr.)'],
];

const cell = (n: number) => n.toFixed(3).padStart(6);
const triple = (s: PrecisionRecall) => `${cell(s.precision)} ${cell(s.recall)} ${cell(s.f1)}`;
const WIDTH = triple({ precision: 0, recall: 0, f1: 0 }).length;

/**
 * The side-by-side TempEval-3 table, with pass/FAIL against the targets for the checked systems.
 * Scores are fractions (the toolkit prints the same numbers times 100).
 */
export function formatScoreTable(systems: readonly ScoredSystem[], targets = TIMEX_TARGETS): string {
  const scores = systems.map((s) => timexScores(s.counts));
  const head = (text: string) => text.padEnd(WIDTH);
  const lines = [
    `${''.padEnd(15)}${systems.map((s) => `  ${head(s.name)}`).join('')}  target`,
    `${''.padEnd(15)}${systems.map(() => `  ${head('     P      R     F1')}`).join('')}`,
  ];
  for (const [key, label] of ROWS) {
    const verdict = systems
      .flatMap((system, i) => (system.checked ? [`${system.name} ${scores[i][key].f1 >= targets[key] ? 'pass' : 'FAIL'}`] : []))
      .join(', ');
    lines.push(`${label.padEnd(15)}${scores.map((s) => `  ${triple(s[key])}`).join('')}  F1 >= ${targets[key].toFixed(2)}  ${verdict}`);
  }
  lines.push(
    `${'timexes'.padEnd(15)}${systems.map((s) => `  ${head(`gold ${s.counts.gold}, found ${s.counts.system}`)}`).join('')}`,
    `${'matches'.padEnd(15)}${systems.map((s) => `  ${head(`strict ${s.counts.strict}, relaxed ${s.counts.relaxed}`)}`).join('')}`,
  );
  return lines.join('\n');
}
