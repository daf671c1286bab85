'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ApiCallError } from './api-client';

/** Runs the extractor again over one source article; the editor's own changes to events stay. */
export function ReextractButton({ slug, documentId, title }: { slug: string; documentId: string; title: string }) {
  const router = useRouter();
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function run() {
    setBusy(true);
    setStatus(null);
    try {
      const response = await fetch(`/api/timelines/${slug}/documents/${documentId}/reextract`, { method: 'POST', credentials: 'same-origin' });
      const body = await response.json().catch(() => null);
      if (!response.ok) throw new ApiCallError(response.status, body?.error?.message ?? `the server answered ${response.status}`);
      setStatus({ error: false, text: `Re-extracted: ${body.events} events from this article.` });
      router.refresh();
    } catch (error) {
      setStatus({ error: true, text: `Re-extraction failed: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" onClick={run} disabled={busy} className="ml-2 rounded border border-line px-2 py-0.5 text-xs hover:border-accent disabled:opacity-50" aria-label={`Re-extract “${title}”`}>
        {busy ? 'Re-extracting…' : 'Re-extract'}
      </button>
      {status && (
        <span role={status.error ? 'alert' : 'status'} className={`ml-2 text-xs ${status.error ? 'text-red-700 dark:text-red-300' : 'text-muted'}`}>
          {status.text}
        </span>
      )}
    </>
  );
}
