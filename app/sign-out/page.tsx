import type { Metadata } from 'next';
import { connection } from 'next/server';

export const metadata: Metadata = { title: 'Sign out', robots: { index: false } };

/** A form rather than a link: signing out is a POST, so that no image tag on another site can do it. */
export default async function SignOutPage() {
  // Rendered per request so that Next can put the CSP nonce on its scripts (see proxy.ts).
  await connection();
  return (
    <section className="max-w-md" aria-labelledby="sign-out-heading">
      <h1 id="sign-out-heading" className="text-2xl font-semibold tracking-tight">
        Sign out
      </h1>
      <form method="post" action="/api/auth/sign-out" className="mt-6">
        <p className="text-muted">This ends the editor session everywhere: its cookie stops working, even where it was copied.</p>
        <button type="submit" className="mt-4 rounded bg-accent px-4 py-2 font-medium text-white">
          Sign out
        </button>
      </form>
    </section>
  );
}
