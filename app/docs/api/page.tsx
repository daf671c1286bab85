import type { Metadata } from 'next';
import { connection } from 'next/server';
import { API_OPERATIONS } from '@/lib/api/api-operations';

export const metadata: Metadata = { title: 'API', description: 'The Timeline JSON API: endpoints, authentication and errors.' };

const AUTH = { editor: 'editor session or API token', session: 'editor session' } as const;

/** The API at a glance, from the same operation list as /api/openapi.json. */
export default async function ApiDocsPage() {
  // Rendered per request so that Next can put the CSP nonce on its scripts (see proxy.ts).
  await connection();
  return (
    <article className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Timeline API</h1>
      <p>
        The machine-readable description is <a className="text-accent underline" href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1,
        generated from the same schemas the server checks requests with).
      </p>
      <section aria-labelledby="rules" className="space-y-2">
        <h2 id="rules" className="text-lg font-medium">
          Rules
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>Reads are public and may be fetched from any origin; JSON reads carry an ETag, so send If-None-Match.</li>
          <li>
            Writes need an editor: a session cookie from <a className="text-accent underline" href="/sign-in">signing in</a> (same-origin requests only), or an API
            token sent as <code>Authorization: Bearer tl_…</code>. Tokens are created and revoked by a signed-in editor at <code>/api/auth/tokens</code>.
          </li>
          <li>Bodies: JSON up to 1 MB; uploads and imports up to 20 MB. Extraction and uploads are rate limited per address and stopped after a deadline.</li>
          <li>
            Every error is <code>{'{"error": {"code", "message", "details"}}'}</code> with its status: 400 invalid, 401/403 auth, 404 unknown, 409 conflict, 413 too large,
            415 wrong type, 429 rate limited, 503/504 extractor busy or too slow.
          </li>
        </ul>
      </section>
      <section aria-labelledby="endpoints">
        <h2 id="endpoints" className="text-lg font-medium">
          Endpoints
        </h2>
        <table className="mt-2 w-full text-left text-sm">
          <thead>
            <tr className="border-b border-line">
              <th className="py-2 pr-4">Method</th>
              <th className="py-2 pr-4">Path</th>
              <th className="py-2 pr-4">What it does</th>
              <th className="py-2">Needs</th>
            </tr>
          </thead>
          <tbody>
            {API_OPERATIONS.map((op) => (
              <tr key={`${op.method} ${op.path}`} className="border-b border-line align-top">
                <td className="py-2 pr-4 font-mono uppercase">{op.method}</td>
                <td className="py-2 pr-4 font-mono">{op.path}</td>
                <td className="py-2 pr-4">
                  {op.summary}
                  {op.query && <span className="block text-muted">Query: {Object.keys(op.query.shape).join(', ')}</span>}
                </td>
                <td className="py-2 text-muted">{op.auth ? AUTH[op.auth] : 'nothing'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </article>
  );
}
