import { performance } from 'node:perf_hooks';

export interface TimedRunner {
  name: string;
  run(): unknown;
}

const collectGarbage = (globalThis as { gc?: () => void }).gc;

/**
 * Times each runner `rounds` times, interleaved, and returns each one's times in milliseconds.
 * Runners take turns, in reverse order every other round, so that a noisy moment on a shared
 * machine (or the heap another runner left behind) does not fall on one runner only.
 */
export async function timeAlternately(runners: readonly TimedRunner[], rounds: number, warmups: number): Promise<Map<string, number[]>> {
  for (let i = 0; i < warmups; i++) for (const runner of runners) await runner.run();
  const times = new Map(runners.map((r) => [r.name, [] as number[]]));
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? runners : [...runners].reverse();
    for (const runner of order) {
      // Under --expose-gc each runner starts on a collected heap, so the garbage one leaves is not collected in
      // another's time (a pass of the event pipeline leaves far more than a pass of a tagger).
      collectGarbage?.();
      const started = performance.now();
      await runner.run();
      times.get(runner.name)!.push(performance.now() - started);
    }
  }
  return times;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Megabytes (10^6 bytes of UTF-8) per second. */
export function megabytesPerSecond(bytes: number, milliseconds: number): number {
  return bytes / 1e6 / (milliseconds / 1000);
}
