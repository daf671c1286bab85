import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { cache } from 'react';
import { AddEventForm } from '@/components/editor/event-editor';
import { ReextractButton } from '@/components/editor/reextract-button';
import { EmbedCodeDialog } from '@/components/share/embed-code-dialog';
import { ShareButton } from '@/components/share/share-button';
import { TimelineExplorer } from '@/components/timeline-page/timeline-explorer';
import { readSessionFromHeaders } from '@/lib/auth/session';
import { facetsOf } from '@/lib/dataset/facets';
import { formatDateRange } from '@/lib/format/date-range';
import { Slug } from '@/lib/model';
import { parseViewState } from '@/lib/permalink/parse-view-state';
import { loadPublished } from '@/lib/permalink/published';
import { requestOrigin } from '@/lib/permalink/request-origin';
import { oembedDiscovery } from '@/lib/permalink/share-metadata';
import { timelinePath } from '@/lib/permalink/urls';
import { getStore } from '@/lib/store';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// One store visit per request, shared by generateMetadata and the page.
const load = cache(async (slug: string) => (Slug.safeParse(slug).success ? loadPublished(await getStore(), slug) : null));

const EXPORTS = [
  ['json', 'JSON'],
  ['csv', 'CSV'],
  ['ics', 'Calendar (.ics)'],
  ['timelinejs', 'TimelineJS'],
] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const { slug } = await params;
  const page = await load(slug);
  if (!page) return {};
  const origin = requestOrigin(await headers());
  const path = timelinePath(slug);
  const { title, description } = page.timeline;
  return {
    metadataBase: new URL(origin),
    title,
    description: description || `${page.events.length} events`,
    alternates: { canonical: path, types: oembedDiscovery(origin, path) },
    openGraph: { type: 'website', title, description, url: path, siteName: 'Timeline' },
  };
}

export default async function TimelinePage({ params, searchParams }: Props) {
  await connection();
  const { slug } = await params;
  const page = await load(slug);
  if (!page) notFound();
  const { timeline, events, documents } = page;
  const view = parseViewState(await searchParams);
  const canEdit = Boolean(await readSessionFromHeaders(await headers()));
  const first = events[0];
  const last = events.reduce((a, e) => (e.date.end > a ? e.date.end : a), first?.date.end ?? '');

  return (
    <article className="space-y-8">
      <header>
        <h1 className="text-3xl font-semibold tracking-tight">{timeline.title}</h1>
        {timeline.description && <p className="mt-2 max-w-3xl text-muted">{timeline.description}</p>}
        <p className="mt-2 text-sm text-muted">
          {events.length} {events.length === 1 ? 'event' : 'events'}
          {first && <> · {formatDateRange(first.date.start, last)}</>} · from {documents.length}{' '}
          {documents.length === 1 ? 'article' : 'articles'}
        </p>
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <ShareButton title={timeline.title} />
          <EmbedCodeDialog slug={slug} title={timeline.title} />
          {canEdit && (
            <Link href={`/timelines/${slug}/add`} className="rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-accent-ink">
              Add articles
            </Link>
          )}
        </div>
      </header>

      {!view.ok && (
        <p role="alert" className="rounded-md border border-line bg-panel p-3 text-sm">
          This link&apos;s view could not be read ({view.message}); showing the whole timeline instead.
        </p>
      )}

      {events.length === 0 ? (
        <div className="space-y-4">
          <p className="text-muted">This timeline has no events yet.{canEdit && ' Add articles to extract events from, or add one by hand.'}</p>
          {canEdit && <AddEventForm slug={slug} />}
        </div>
      ) : (
        <TimelineExplorer slug={slug} title={timeline.title} canEdit={canEdit} events={events} facets={facetsOf(events)} initialView={view.ok ? view.value : { lanes: 'none' }} />
      )}

      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading" className="text-lg font-semibold">
          Source articles
        </h2>
        <ul className="mt-2 space-y-1">
          {documents.map((doc) => (
            <li key={doc.id}>
              {/^https?:\/\//.test(doc.source) ? (
                <a href={doc.source} rel="noopener" className="text-accent underline-offset-4 hover:underline">
                  {doc.title || doc.source}
                </a>
              ) : (
                <span>{doc.title || doc.id}</span>
              )}
              {doc.dct.value && (
                <span className="text-sm text-muted">
                  {' '}
                  · published {doc.dct.value}
                  {doc.dct.source === 'inferred' && ' (inferred)'}
                </span>
              )}
              {canEdit && <ReextractButton slug={slug} documentId={doc.id} title={doc.title || doc.id} />}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="export-heading">
        <h2 id="export-heading" className="text-lg font-semibold">
          Export
        </h2>
        <ul className="mt-2 flex flex-wrap gap-3 text-sm">
          {EXPORTS.map(([format, label]) => (
            <li key={format}>
              <Link prefetch={false} href={`/api/timelines/${slug}/export?format=${format}`} className="rounded-md border border-line px-3 py-1.5 hover:border-accent">
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
