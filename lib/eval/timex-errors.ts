import type { Timex } from '../extract/types';
import { alignTimexes } from './score-timex';

/** Why a timex cost points. A relaxed match can have several (extent, value and type). */
export const ERROR_KINDS = ['missed', 'spurious', 'extent', 'value', 'type'] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

const KIND_TITLES: Record<ErrorKind, string> = {
  missed: 'missed (gold timexes with no overlapping system timex)',
  spurious: 'spurious (system timexes with no overlapping gold timex)',
  extent: 'extent mismatch (overlap, but not the same characters)',
  value: 'wrong value (on relaxed matches)',
  type: 'wrong type (on relaxed matches)',
};

export interface TimexError {
  kind: ErrorKind;
  file: string;
  /** The document text, for context. */
  text: string;
  gold?: Timex;
  system?: Timex;
}

export interface ErrorGroup {
  kind: ErrorKind;
  key: string;
  count: number;
  examples: TimexError[];
}

/** Every error one document's system output makes against its gold timexes. */
export function findTimexErrors(file: string, text: string, gold: readonly Timex[], system: readonly Timex[]): TimexError[] {
  const pairs = alignTimexes(gold, system);
  const matchedGold = new Set(pairs.map((p) => p.gold));
  const matchedSystem = new Set(pairs.map((p) => p.system));
  const errors: TimexError[] = [];
  gold.forEach((g, i) => {
    if (!matchedGold.has(i)) errors.push({ kind: 'missed', file, text, gold: g });
  });
  system.forEach((s, i) => {
    if (!matchedSystem.has(i)) errors.push({ kind: 'spurious', file, text, system: s });
  });
  for (const pair of pairs) {
    const g = gold[pair.gold];
    const s = system[pair.system];
    const error = { file, text, gold: g, system: s };
    if (g.start !== s.start || g.end !== s.end) errors.push({ kind: 'extent', ...error });
    if (g.value !== s.value) errors.push({ kind: 'value', ...error });
    if (g.type !== s.type) errors.push({ kind: 'type', ...error });
  }
  return errors;
}

/** Groups alike errors together: case folded, spaces collapsed, every run of digits written `#`. */
export function textShape(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim().replace(/\d+/g, '#');
}

/** Values of the same form group together: `1998-08-07` and `1997-01-02` are both `dddd-dd-dd`. */
export function valueShape(value: string): string {
  return value.replace(/\d/g, 'd');
}

/**
 * How our extent differs from gold, in words, so that "about five hours" and "about 3 weeks" group
 * together as `ours adds "about" before`.
 */
export function extentDifference(text: string, gold: Timex, system: Timex): string {
  const [outer, inner, verb] =
    system.start <= gold.start && system.end >= gold.end ? [system, gold, 'adds'] : gold.start <= system.start && gold.end >= system.end ? [gold, system, 'lacks'] : [];
  if (!outer || !inner) return `crossing: gold "${textShape(gold.text)}" / ours "${textShape(system.text)}"`;
  const before = textShape(text.slice(outer.start, inner.start));
  const after = textShape(text.slice(inner.end, outer.end));
  const words = [before && `ours ${verb} "${before}" before`, after && `ours ${verb} "${after}" after`].filter(Boolean);
  return words.length ? words.join(', ') : `ours ${verb} only white space`;
}

function groupKey(e: TimexError): string {
  const g = e.gold;
  const s = e.system;
  switch (e.kind) {
    case 'missed':
      return `"${textShape(g!.text)}" ${g!.type}`;
    case 'spurious':
      return `"${textShape(s!.text)}" ${s!.type}`;
    case 'extent':
      return extentDifference(e.text, g!, s!);
    case 'value':
      return `"${textShape(g!.text)}" gold ${valueShape(g!.value)} / ours ${valueShape(s!.value)}`;
    case 'type':
      return `"${textShape(g!.text)}" gold ${g!.type} / ours ${s!.type}`;
  }
}

/** Errors of each kind grouped by shape, most frequent first; at most `limit` groups per kind. */
export function groupTimexErrors(errors: readonly TimexError[], limit: number, examplesPerGroup = 2): Record<ErrorKind, ErrorGroup[]> {
  const byKind = Object.fromEntries(ERROR_KINDS.map((k) => [k, new Map<string, ErrorGroup>()])) as Record<ErrorKind, Map<string, ErrorGroup>>;
  for (const error of errors) {
    const key = groupKey(error);
    const groups = byKind[error.kind];
    const group = groups.get(key) ?? { kind: error.kind, key, count: 0, examples: [] };
    group.count += 1;
    if (group.examples.length < examplesPerGroup) group.examples.push(error);
    groups.set(key, group);
  }
  return Object.fromEntries(
    ERROR_KINDS.map((k) => [k, [...byKind[k].values()].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)).slice(0, limit)]),
  ) as Record<ErrorKind, ErrorGroup[]>;
}

const CONTEXT_CHARS = 40;

/** The words around an error on one line, gold extent in [brackets], ours in {braces}. */
export function errorContext(e: TimexError): string {
  const spans = [e.gold, e.system].filter((t): t is Timex => t !== undefined);
  const from = Math.max(0, Math.min(...spans.map((t) => t.start)) - CONTEXT_CHARS);
  const to = Math.min(e.text.length, Math.max(...spans.map((t) => t.end)) + CONTEXT_CHARS);
  const marks: Array<[number, string]> = [];
  if (e.gold) marks.push([e.gold.start, '['], [e.gold.end, ']']);
  if (e.system) marks.push([e.system.start, '{'], [e.system.end, '}']);
  // At one offset, closing marks go before opening ones so that adjacent spans read `]{`.
  marks.sort((a, b) => a[0] - b[0] || Number('[{'.includes(a[1])) - Number('[{'.includes(b[1])));
  let out = '';
  let at = from;
  for (const [offset, mark] of marks) {
    out += e.text.slice(at, offset) + mark;
    at = offset;
  }
  out += e.text.slice(at, to);
  return `${from > 0 ? '…' : ''}${out.replace(/\s+/g, ' ')}${to < e.text.length ? '…' : ''}`;
}

function exampleLine(e: TimexError): string {
  const values = [e.gold && `gold ${e.gold.type} ${e.gold.value}`, e.system && `ours ${e.system.type} ${e.system.value}`].filter(Boolean);
  return `      ${e.file}: ${errorContext(e)}   (${values.join('; ')})`;
}

/** The `--errors` report: per kind, the total and the most frequent groups with examples. */
export function formatErrorReport(errors: readonly TimexError[], limit: number): string {
  const groups = groupTimexErrors(errors, limit);
  const lines: string[] = ['Gold extents are in [brackets], ours in {braces}; digits are grouped as #.'];
  for (const kind of ERROR_KINDS) {
    const total = errors.filter((e) => e.kind === kind).length;
    const distinct = new Set(errors.filter((e) => e.kind === kind).map(groupKey)).size;
    lines.push('', `== ${KIND_TITLES[kind]}: ${total} in ${distinct} groups${distinct > limit ? `, top ${limit} shown` : ''} ==`);
    for (const group of groups[kind]) {
      lines.push(`  ${String(group.count).padStart(4)}×  ${group.key}`);
      for (const example of group.examples) lines.push(exampleLine(example));
    }
  }
  return lines.join('\n');
}
