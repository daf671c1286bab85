import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getStore } from '@/lib/store';
import { Slug } from '@/lib/model';

type Props = { params: Promise<{ slug: string }> };

async function loadTimeline(rawSlug: string) {
  const slug = Slug.safeParse(rawSlug);
  if (!slug.success) return null;
  const store = await getStore();
  const timeline = await store.getTimeline(slug.data);
  if (!timeline) return null;
  const { events } = await store.listEvents(slug.data);
  return { timeline, events };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const found = await loadTimeline((await params).slug);
  return found ? { title: found.timeline.title, description: found.timeline.description } : {};
}

export default async function TimelinePage({ params }: Props) {
  await connection();
  const found = await loadTimeline((await params).slug);
  if (!found) notFound();
  const { timeline, events } = found;

  return (
    <article>
      <h1 className="text-2xl font-semibold tracking-tight">{timeline.title}</h1>
      {timeline.description && <p className="mt-2 text-muted">{timeline.description}</p>}
      <ol className="mt-8 space-y-4 border-l border-line pl-6" aria-label="Events in time order">
        {events.map((e) => (
          <li key={e.id} id={e.id}>
            <p className="text-sm font-medium text-muted">
              <time dateTime={e.date.start}>{e.date.value}</time>
            </p>
            <h2 className="font-medium">{e.title}</h2>
            {e.mentions[0] && <p className="mt-1 text-sm text-muted">{e.mentions[0].sentence}</p>}
          </li>
        ))}
      </ol>
    </article>
  );
}
