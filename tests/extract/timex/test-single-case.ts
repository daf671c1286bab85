import { tagTimexes } from '@/lib/extract/tag-timexes';
import type { Timex } from '@/lib/extract/types';

/**
 * chrono's testSingleCase: tag `text` with the reference date `dct` and expect exactly one
 * expression, then hand it to `check`.
 */
export function testSingleCase(text: string, dct: string | undefined, check: (timex: Timex) => void): void {
  const { timexes } = tagTimexes(text, { dct });
  if (timexes.length !== 1) throw new Error(`expected one timex in ${JSON.stringify(text)}, got ${JSON.stringify(timexes.map((t) => t.text))}`);
  check(timexes[0]);
}

/** Expect exactly one expression with this surface text, type and value (and mod, if given). */
export function expectTimex(text: string, dct: string | undefined, expected: Partial<Timex>): void {
  testSingleCase(text, dct, (timex) => expect(timex).toMatchObject(expected));
}

/** Expect no expression at all. */
export function expectNone(text: string, dct = '2024-02-17'): void {
  expect(tagTimexes(text, { dct }).timexes.map((t) => t.text)).toEqual([]);
}
