import { DURATION_UNITS, lookup } from './vocabulary';

const TIME_UNITS = new Set(['H', 'M', 'S']);
const YEARS_IN: Record<string, number> = { E: 10, C: 100, L: 1000 };
/** How to write a fraction of a unit in the next smaller one: 1.5 hours = 90 minutes. */
const SMALLER: Record<string, [string, number]> = { Y: ['M', 12], D: ['H', 24], H: ['M', 60], M: ['D', 30], W: ['D', 7] };

/**
 * The TIMEX3 duration for an amount of a unit word: (2, "years") -> `P2Y`, (45, "minutes") -> `PT45M`,
 * (undefined, "months") -> `PXM`, (1.5, "hours") -> `PT90M`. Minutes and months share `M`, so the
 * unit word, not its letter, decides the `T`.
 */
export function durationValue(amount: number | undefined, unitWord: string): string | undefined {
  const word = unitWord.toLowerCase();
  let letter = lookup(DURATION_UNITS, word);
  if (!letter) return undefined;
  const isTime = /^(?:second|sec|minute|min|hour|hr)s?$/.test(word);
  let n: number | string = amount === undefined ? 'X' : amount;
  if (letter === '2W') {
    letter = 'W';
    n = typeof n === 'number' ? n * 2 : n;
  }
  // "two decades" is P20Y as the corpora write it; only a vague count keeps the unit (PXE, PXC).
  const years = YEARS_IN[letter];
  if (years && typeof n === 'number') {
    letter = 'Y';
    n *= years;
  }
  if (letter === 'WE') {
    letter = 'D';
    n = typeof n === 'number' ? n * 2 : n;
  }
  if (typeof n === 'number' && !Number.isInteger(n)) {
    const smaller = SMALLER[letter];
    if (smaller && !(letter === 'M' && isTime)) {
      const [next, factor] = smaller;
      // 5 1/2 hours is written PT5H30M, as people read it (and a minute and a half PT1M30S, below).
      // Half an hour has no hours to write: PT30M.
      if (letter === 'H' && isTime) return `PT${Math.floor(n) ? `${Math.floor(n)}H` : ''}${Math.round((n % 1) * 60)}M`;
      return `P${isTime || (letter === 'D' && next === 'H') ? 'T' : ''}${Math.round(n * factor)}${next}`;
    }
    if (letter === 'M' && isTime) return `PT${Math.floor(n) ? `${Math.floor(n)}M` : ''}${Math.round((n % 1) * 60)}S`;
  }
  return `P${isTime && TIME_UNITS.has(letter) ? 'T' : ''}${n}${letter}`;
}
