import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { ArticleImporter } from '@/components/editor/article-importer';
import { SignInNeeded } from '@/components/editor/sign-in-needed';
import { readSessionFromHeaders } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'New timeline', robots: { index: false } };

export default async function NewTimelinePage() {
  if (!(await readSessionFromHeaders(await headers()))) return <SignInNeeded action="create a timeline" />;
  return (
    <section className="space-y-6">
      <div>
        <h1 className="text-3xl font-semibold tracking-tight">New timeline</h1>
        <p className="mt-2 text-muted">Give it a title, add articles, check the events found in them, then create it.</p>
      </div>
      <ArticleImporter mode="new" />
    </section>
  );
}
