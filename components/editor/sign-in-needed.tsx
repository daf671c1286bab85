import Link from 'next/link';

/** What a reader sees on an editor's page: writes need an editor session, and this is how to get one. */
export function SignInNeeded({ action }: { action: string }) {
  return (
    <section className="max-w-xl rounded-lg border border-line bg-panel p-6">
      <h1 className="text-xl font-semibold">Sign in to {action}</h1>
      <p className="mt-2 text-muted">
        Reading is open to everyone; changing timelines needs an editor. Use the one-time link that <code>npm start</code> printed on the
        server console (or <code>npm run sign-in-link</code> for a fresh one), or sign in with the password if one is set.
      </p>
      <Link href="/sign-in" className="mt-4 inline-block rounded-md bg-accent px-4 py-2 font-medium text-accent-ink">
        Sign in
      </Link>
    </section>
  );
}
