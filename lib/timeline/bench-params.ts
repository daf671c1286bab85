import { LANE_MODES, type LaneMode } from './lanes';

export const MAX_BENCH_EVENTS = 200_000;

export interface BenchParams {
  n: number;
  seed: number;
  orientation: 'horizontal' | 'vertical' | 'auto';
  lanes: LaneMode;
}

type Query = Record<string, string | string[] | undefined>;

const one = (q: Query, key: string) => {
  const v = q[key];
  return Array.isArray(v) ? v[0] : v;
};

/** Reads a benchmark page's query (`n`, `seed`, `orientation`, `lanes`), or says what is wrong with it. */
export function parseBenchParams(query: Query): { params: BenchParams } | { error: string } {
  const nText = one(query, 'n') ?? '1000';
  const seedText = one(query, 'seed') ?? '1';
  if (!/^\d+$/.test(nText) || +nText < 1 || +nText > MAX_BENCH_EVENTS) return { error: `n must be a whole number from 1 to ${MAX_BENCH_EVENTS.toLocaleString('en')}; got "${nText}".` };
  if (!/^\d+$/.test(seedText)) return { error: `seed must be a whole number; got "${seedText}".` };
  const orientation = one(query, 'orientation') ?? 'auto';
  if (orientation !== 'horizontal' && orientation !== 'vertical' && orientation !== 'auto') return { error: `orientation must be horizontal, vertical or auto; got "${orientation}".` };
  const lanes = one(query, 'lanes') ?? 'none';
  if (!(LANE_MODES as readonly string[]).includes(lanes)) return { error: `lanes must be one of ${LANE_MODES.join(', ')}; got "${lanes}".` };
  return { params: { n: +nText, seed: +seedText, orientation, lanes: lanes as LaneMode } };
}
