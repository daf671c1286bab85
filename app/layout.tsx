import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { ThemeSwitch } from '@/components/timeline/theme-switch';
import { readSessionFromHeaders } from '@/lib/auth/session';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Timeline', template: '%s · Timeline' },
  description: 'Dated events extracted from news articles, drawn as interactive timelines.',
};

const navLink = 'rounded-md px-2 py-1 text-sm hover:bg-panel';

export default async function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  const signedIn = Boolean(await readSessionFromHeaders(await headers()));
  return (
    <html lang="en">
      <body className="min-h-screen font-sans antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-paper focus:p-2">
          Skip to content
        </a>
        <header className="border-b border-line">
          <nav aria-label="Site" className="mx-auto flex max-w-6xl flex-wrap items-center gap-3 px-4 py-3">
            <Link href="/" className="mr-auto text-lg font-semibold tracking-tight">
              Timeline
            </Link>
            {signedIn && (
              <Link href="/timelines/new" className={navLink}>
                New timeline
              </Link>
            )}
            <Link href="/docs/api" className={navLink}>
              API
            </Link>
            <Link href={signedIn ? '/sign-out' : '/sign-in'} className={navLink}>
              {signedIn ? 'Sign out' : 'Sign in'}
            </Link>
            <ThemeSwitch className={navLink} />
          </nav>
        </header>
        <main id="main" className="mx-auto max-w-6xl px-4 py-8">
          {children}
        </main>
      </body>
    </html>
  );
}
