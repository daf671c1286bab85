import type { YearCount } from '@/lib/dataset/counts-by-year';
import { yearLabel } from '@/lib/timeline/year-label';

/** Events per year as a row of bars; the table behind it is what screen readers get. */
export function YearCounts({ counts }: { counts: YearCount[] }) {
  if (counts.length === 0) return null;
  const max = Math.max(...counts.map((c) => c.count));
  return (
    <figure className="mt-2">
      <div className="flex h-20 items-end gap-px" aria-hidden="true">
        {counts.map((c) => (
          <div
            key={c.year}
            className="min-w-[3px] flex-1 rounded-t-sm bg-accent/70"
            style={{ height: c.count ? `${Math.max(6, (c.count / max) * 100)}%` : '0' }}
            title={`${yearLabel(c.year)}: ${c.count}`}
          />
        ))}
      </div>
      <div className="mt-1 flex justify-between text-xs text-muted" aria-hidden="true">
        <span>{yearLabel(counts[0].year)}</span>
        <span>{yearLabel(counts[counts.length - 1].year)}</span>
      </div>
      <table className="sr-only">
        <caption>Events per year</caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col">Events</th>
          </tr>
        </thead>
        <tbody>
          {counts
            .filter((c) => c.count > 0)
            .map((c) => (
              <tr key={c.year}>
                <td>{yearLabel(c.year)}</td>
                <td>{c.count}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </figure>
  );
}
