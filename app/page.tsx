import { headers } from 'next/headers';
import Link from 'next/link';
import { connection } from 'next/server';
import { Sparkline } from '@/components/home/sparkline';
import { readSessionFromHeaders } from '@/lib/auth/session';
import { timelineCards } from '@/lib/dataset/timeline-cards';
import { formatDateRange } from '@/lib/format/date-range';
import { eventPermalink, timelinePath } from '@/lib/permalink/urls';
import { getStore } from '@/lib/store';
import { shortDate } from '@/lib/timeline/date-in-words';

type Props = { searchParams: Promise<{ q?: string | string[] }> };

const updated = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

export default async function HomePage({ searchParams }: Props) {
  await connection();
  const raw = (await searchParams).q;
  const q = typeof raw === 'string' ? raw.slice(0, 200) : '';
  const canEdit = Boolean(await readSessionFromHeaders(await headers()));
  const cards = await timelineCards(await getStore(), q);

  return (
    <section aria-labelledby="timelines-heading" className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <h1 id="timelines-heading" className="text-3xl font-semibold tracking-tight">
          Timelines
        </h1>
        {canEdit && (
          <Link href="/timelines/new" className="rounded-md bg-accent px-4 py-2 text-sm font-medium text-accent-ink">
            New timeline
          </Link>
        )}
      </div>

      <form role="search" action="/" className="flex max-w-xl gap-2">
        <label htmlFor="home-search" className="sr-only">
          Search timelines and events
        </label>
        <input
          id="home-search"
          type="search"
          name="q"
          defaultValue={q}
          placeholder="Search titles and events"
          className="min-w-0 flex-1 rounded-md border border-line bg-paper px-3 py-2"
        />
        <button type="submit" className="rounded-md border border-line px-4 py-2 hover:border-accent">
          Search
        </button>
      </form>

      {cards.length === 0 ? (
        q ? (
          <p className="text-muted">
            Nothing matches “{q}”. <Link href="/" className="text-accent underline-offset-4 hover:underline">Show every timeline</Link>
          </p>
        ) : (
          <div className="max-w-xl rounded-lg border border-line bg-panel p-6">
            <h2 className="text-lg font-semibold">No timelines yet</h2>
            <p className="mt-2 text-muted">
              A timeline is built from news articles: Timeline finds the dates in them and the events they date. Sign in with the link that{' '}
              <code>npm start</code> printed, then choose <strong>New timeline</strong> and paste or upload articles. From a terminal,{' '}
              <code>npm run ingest -- --timeline my-timeline article.txt</code> does the same.
            </p>
          </div>
        )
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {cards.map(({ summary: t, sparkline, matches }) => (
            <li key={t.slug} className="flex flex-col rounded-lg border border-line bg-panel p-4">
              <h2 className="text-lg font-medium">
                <Link href={timelinePath(t.slug, q ? { lanes: 'none', q } : undefined)} className="text-accent underline-offset-4 hover:underline">
                  {t.title}
                </Link>
              </h2>
              {t.description && <p className="mt-1 line-clamp-2 text-sm text-muted">{t.description}</p>}
              <div className="mt-3 flex items-end justify-between gap-3">
                <p className="text-sm text-muted">
                  {t.eventCount} {t.eventCount === 1 ? 'event' : 'events'}
                  {t.start && t.end && <> · {formatDateRange(t.start, t.end)}</>}
                  <br />
                  Updated <time dateTime={t.updatedAt}>{updated.format(new Date(t.updatedAt))}</time>
                </p>
                <Sparkline counts={sparkline} />
              </div>
              {matches.length > 0 && (
                <ul className="mt-3 space-y-1 border-t border-line pt-3 text-sm" aria-label={`Events in ${t.title} matching “${q}”`}>
                  {matches.map((e) => (
                    <li key={e.id}>
                      <span className="text-muted">{shortDate(e.date)}</span>{' '}
                      <Link href={eventPermalink(t.slug, e.id)} className="underline-offset-4 hover:underline">
                        {e.title}
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
