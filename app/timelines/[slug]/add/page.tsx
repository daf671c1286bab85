import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { ArticleImporter } from '@/components/editor/article-importer';
import { SignInNeeded } from '@/components/editor/sign-in-needed';
import { readSessionFromHeaders } from '@/lib/auth/session';
import { Slug } from '@/lib/model';
import { timelinePath } from '@/lib/permalink/urls';
import { getStore } from '@/lib/store';

type Props = { params: Promise<{ slug: string }> };

export const metadata: Metadata = { title: 'Add articles', robots: { index: false } };

export default async function AddArticlesPage({ params }: Props) {
  await connection();
  const slug = Slug.safeParse((await params).slug);
  const timeline = slug.success ? await (await getStore()).getTimeline(slug.data) : null;
  if (!timeline) notFound();
  if (!(await readSessionFromHeaders(await headers()))) return <SignInNeeded action="add articles" />;
  return (
    <section className="space-y-6">
      <div>
        <Link href={timelinePath(timeline.slug)} className="text-sm text-accent underline-offset-4 hover:underline">
          {timeline.title}
        </Link>
        <h1 className="mt-1 text-3xl font-semibold tracking-tight">Add articles</h1>
        <p className="mt-2 text-muted">Events found in the new articles are merged with the ones already on the timeline; your own edits are kept.</p>
      </div>
      <ArticleImporter mode="add" slug={timeline.slug} timelineTitle={timeline.title} />
    </section>
  );
}
