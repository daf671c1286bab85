import Link from 'next/link';
import { connection } from 'next/server';
import { getStore } from '@/lib/store';
import { formatDateRange } from '@/lib/format/date-range';

export default async function HomePage() {
  await connection();
  const timelines = await (await getStore()).listTimelines();

  return (
    <section aria-labelledby="timelines-heading">
      <h1 id="timelines-heading" className="text-2xl font-semibold tracking-tight">
        Timelines
      </h1>
      {timelines.length === 0 ? (
        <p className="mt-4 text-muted">No timelines yet. Add articles with <code>npm run ingest</code> to build one.</p>
      ) : (
        <ul className="mt-6 grid gap-4 sm:grid-cols-2">
          {timelines.map((t) => (
            <li key={t.slug} className="rounded-lg border border-line bg-panel p-4">
              <h2 className="text-lg font-medium">
                <Link href={`/timelines/${t.slug}`} className="text-accent underline-offset-4 hover:underline">
                  {t.title}
                </Link>
              </h2>
              {t.description && <p className="mt-1 text-sm text-muted">{t.description}</p>}
              <p className="mt-3 text-sm text-muted">
                {t.eventCount} {t.eventCount === 1 ? 'event' : 'events'}
                {t.start && t.end && <> · {formatDateRange(t.start, t.end)}</>}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
