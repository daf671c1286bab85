/** How many marks start in each of `bins` equal slices of [from, to); marks outside are ignored. */
export function density(markStart: ArrayLike<number>, from: number, to: number, bins: number): Uint32Array {
  const counts = new Uint32Array(Math.max(0, bins));
  const width = (to - from) / bins;
  if (!(width > 0)) return counts;
  for (let i = 0; i < markStart.length; i++) {
    const b = Math.floor((markStart[i] - from) / width);
    if (b >= 0 && b < bins) counts[b]++;
  }
  return counts;
}
