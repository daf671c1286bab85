/** A timeline's event density as a small filled line; decorative, since the card says the counts in words. */
export function Sparkline({ counts }: { counts: number[] }) {
  if (counts.length < 2) return null;
  const max = Math.max(1, ...counts);
  const width = 160;
  const height = 28;
  const step = width / (counts.length - 1);
  const points = counts.map((c, i) => `${(i * step).toFixed(1)},${(height - (c / max) * (height - 2)).toFixed(1)}`);
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} aria-hidden="true" className="text-accent">
      <polygon points={`0,${height} ${points.join(' ')} ${width},${height}`} fill="currentColor" opacity="0.18" />
      <polyline points={points.join(' ')} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
    </svg>
  );
}
