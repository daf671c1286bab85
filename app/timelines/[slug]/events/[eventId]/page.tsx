import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { connection } from 'next/server';
import { cache } from 'react';
import { preload } from 'react-dom';
import { EmbedCodeDialog } from '@/components/share/embed-code-dialog';
import { ShareButton } from '@/components/share/share-button';
import { getStore } from '@/lib/store';
import { jsonForScript } from '@/lib/permalink/escape-html';
import { eventsFileKey } from '@/lib/permalink/kept-events-files';
import { focusWindow, sentenceParts } from '@/lib/permalink/event-context';
import { resolveEventAddress } from '@/lib/permalink/event-page';
import { eventsFilePath } from '@/lib/permalink/events-file';
import { eventJsonLd } from '@/lib/permalink/json-ld';
import { requestOrigin } from '@/lib/permalink/request-origin';
import { oembedDiscovery } from '@/lib/permalink/share-metadata';
import { eventPermalink, timelinePath } from '@/lib/permalink/urls';
import { dateInWords } from '@/lib/timeline/date-in-words';
import type { Event } from '@/lib/model';
import { EventTimeline } from './event-timeline';

type Props = { params: Promise<{ slug: string; eventId: string }> };

// One store visit per request, shared by generateMetadata and the page.
const resolve = cache(async (slug: string, eventId: string) => resolveEventAddress(await getStore(), slug, eventId));

/**
 * The live event's page; a renamed id answers 308 to its new address. A deleted one answers 410 before
 * this runs (proxy.ts, via deletedEventResponse), since a page cannot; should that be skipped, it is a 404.
 */
async function load(slug: string, eventId: string) {
  const address = await resolve(slug, eventId);
  if (address.kind === 'renamed') permanentRedirect(eventPermalink(slug, address.id));
  return address.kind === 'live' ? address.page : null;
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function describe(event: Event, timelineTitle: string): string {
  const text = event.summary || event.mentions[0]?.sentence || `${capitalised(dateInWords(event.date))}, from ${timelineTitle}.`;
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const { slug, eventId } = await params;
  const page = await load(slug, eventId);
  if (!page) return {};
  const origin = requestOrigin(await headers());
  const path = eventPermalink(slug, eventId);
  const title = page.event.title;
  const description = describe(page.event, page.published.timeline.title);
  return {
    // Share images and the canonical link must name this site as readers reach it.
    metadataBase: new URL(origin),
    title,
    description,
    alternates: { canonical: path, types: oembedDiscovery(origin, path) },
    openGraph: { type: 'article', title, description, url: path, siteName: 'Timeline' },
    twitter: { card: 'summary_large_image', title, description },
  };
}

export default async function EventPermalinkPage({ params }: Props) {
  await connection();
  const { slug, eventId } = await params;
  const page = await load(slug, eventId);
  if (!page) notFound();
  const { published, event, previous, next, sources } = page;
  const { timeline } = published;
  const origin = requestOrigin(await headers());
  const mention = event.mentions[0];
  const parts = mention ? sentenceParts(mention) : null;
  const focus = focusWindow(event);
  const names: [string, string[], 'person' | 'place' | 'organization' | 'tag'][] = [
    ['People', event.people, 'person'],
    ['Places', event.places, 'place'],
    ['Organisations', event.organizations, 'organization'],
    ['Tags', event.tags, 'tag'],
  ];
  const eventsUrl = eventsFilePath(slug, eventsFileKey(slug, published.version));
  // The timeline's events start downloading with the page rather than after hydration.
  preload(eventsUrl, { as: 'fetch', crossOrigin: 'anonymous' });
  const jsonLd = eventJsonLd(event, timeline, { url: `${origin}${eventPermalink(slug, event.id)}`, imageUrl: `${origin}${eventPermalink(slug, event.id)}/opengraph-image` });

  return (
    <article aria-labelledby="event-title" data-event-id={event.id}>
      <nav aria-label="Breadcrumb" className="text-sm text-muted">
        <Link href={timelinePath(slug)} className="text-accent underline-offset-4 hover:underline">
          {timeline.title}
        </Link>
      </nav>
      <p className="mt-4 text-sm font-medium text-muted">
        <time dateTime={event.date.start}>{capitalised(dateInWords(event.date))}</time>
      </p>
      <h1 id="event-title" className="mt-1 text-3xl font-semibold tracking-tight">
        {event.title}
      </h1>
      {event.summary && <p className="mt-3 text-lg">{event.summary}</p>}

      {mention && (
        <figure className="mt-5">
          <blockquote className="border-l-4 border-line pl-4 text-lg">
            {parts ? (
              <>
                {parts.before}
                <mark className="rounded bg-yellow-200 px-1 text-ink dark:bg-yellow-700 dark:text-yellow-50">{parts.date}</mark>
                {parts.after}
              </>
            ) : (
              mention.sentence
            )}
          </blockquote>
          {sources[0] && <figcaption className="mt-2 pl-5 text-sm text-muted">From “{sources[0].title || sources[0].id}”</figcaption>}
        </figure>
      )}

      <dl className="mt-6 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        {names
          .filter(([, list]) => list.length > 0)
          .map(([label, list, key]) => (
            <div key={label} className="contents">
              <dt className="font-medium">{label}</dt>
              <dd className="flex flex-wrap gap-2">
                {list.map((name) => (
                  <Link
                    key={name}
                    href={timelinePath(slug, { lanes: 'none', [key]: name })}
                    className="rounded-full border border-line bg-panel px-3 py-0.5 text-sm hover:border-accent"
                    title={`Events with ${name}`}
                  >
                    {name}
                  </Link>
                ))}
              </dd>
            </div>
          ))}
        {sources.length > 0 && (
          <div className="contents">
            <dt className="font-medium">{sources.length > 1 ? 'Sources' : 'Source'}</dt>
            <dd>
              <ul>
                {sources.map((doc) => (
                  <li key={doc.id}>
                    {/^https?:\/\//.test(doc.source) ? (
                      <a href={doc.source} className="text-accent underline-offset-4 hover:underline" rel="noopener">
                        {doc.title || doc.source}
                      </a>
                    ) : (
                      <span>{doc.title || doc.id}</span>
                    )}
                    {doc.dct.value && <span className="text-muted"> · published {doc.dct.value}</span>}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>

      <div className="mt-6 flex flex-wrap items-center gap-3">
        <ShareButton title={event.title} url={eventPermalink(slug, event.id)} />
        <EmbedCodeDialog slug={slug} eventId={event.id} title={event.title} />
      </div>

      <nav aria-label="Neighbouring events" className="mt-8 grid gap-3 sm:grid-cols-2">
        {previous ? <NeighbourLink slug={slug} event={previous} rel="prev" /> : <span />}
        {next && <NeighbourLink slug={slug} event={next} rel="next" />}
      </nav>

      <section aria-label="The event on its timeline" className="mt-8">
        <EventTimeline
          eventsUrl={eventsUrl}
          events={[previous, event, next].filter((e) => e !== null)}
          label={`${timeline.title}, showing ${event.title}`}
          window={{ from: new Date(focus.from).toISOString(), to: new Date(focus.to).toISOString() }}
          selectedId={event.id}
          height={300}
        />
      </section>

      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(jsonLd) }} />
    </article>
  );
}

function NeighbourLink({ slug, event, rel }: { slug: string; event: Event; rel: 'prev' | 'next' }) {
  return (
    <Link
      href={eventPermalink(slug, event.id)}
      rel={rel}
      className={`block rounded-lg border border-line bg-panel p-3 hover:border-accent ${rel === 'next' ? 'sm:col-start-2 sm:text-right' : ''}`}
    >
      <span className="block text-sm text-muted">
        {rel === 'prev' ? (
          <>
            <span aria-hidden="true">← </span>Previous
          </>
        ) : (
          <>
            Next<span aria-hidden="true"> →</span>
          </>
        )}
      </span>
      <span className="block font-medium">{event.title}</span>
      <span className="block text-sm text-muted">{capitalised(dateInWords(event.date))}</span>
    </Link>
  );
}
