import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };

type Props = { searchParams: Promise<{ token?: string | string[]; error?: string | string[] }> };

const ERRORS: Record<string, string> = {
  link: 'That sign-in link is invalid, already used or expired. Restart the server for a new one, or use the password.',
  password: 'Wrong password.',
};

const field = 'mt-1 block w-full rounded border border-line bg-panel px-3 py-2';
const button = 'mt-4 rounded bg-accent px-4 py-2 font-medium text-white';

/**
 * Signing in takes a click even with the link's token: a GET that signed in would let link previewers
 * (chat apps, mail scanners) spend the one-time token before the editor does.
 */
export default async function SignInPage({ searchParams }: Props) {
  const { token, error } = await searchParams;
  const message = typeof error === 'string' ? ERRORS[error] : undefined;
  const passwordEnabled = Boolean(process.env.TIMELINE_ADMIN_PASSWORD);

  return (
    <section className="max-w-md" aria-labelledby="sign-in-heading">
      <h1 id="sign-in-heading" className="text-2xl font-semibold tracking-tight">
        Sign in to edit
      </h1>
      {message && (
        <p role="alert" className="mt-4 rounded border border-line p-3">
          {message}
        </p>
      )}
      {typeof token === 'string' ? (
        <form method="post" action="/api/auth/sign-in" className="mt-6">
          <input type="hidden" name="token" value={token} />
          <p className="text-muted">This one-time link signs this browser in as editor.</p>
          <button type="submit" className={button}>
            Sign in
          </button>
        </form>
      ) : passwordEnabled ? (
        <form method="post" action="/api/auth/sign-in" className="mt-6">
          <label className="block">
            Password
            <input type="password" name="password" required autoComplete="current-password" className={field} />
          </label>
          <button type="submit" className={button}>
            Sign in
          </button>
        </form>
      ) : (
        <p className="mt-6 text-muted">
          Open the one-time sign-in link that <code>npm start</code> printed on the server console, or set{' '}
          <code>TIMELINE_ADMIN_PASSWORD</code> to sign in with a password.
        </p>
      )}
    </section>
  );
}
