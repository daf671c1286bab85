'use client';

import { useState } from 'react';

interface ShareButtonProps {
  title: string;
  /** What to share; without it, the address bar, which carries the current view. */
  url?: string;
}

type Outcome = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; url: string };

/** Phones and tablets: the system share sheet suits them; on a desktop it is a detour, so copy instead. */
function prefersShareSheet(): boolean {
  return typeof navigator.share === 'function' && window.matchMedia('(pointer: coarse)').matches;
}

/** Shares a link: the system share sheet on phones, the clipboard elsewhere, the link itself if both fail. */
export function ShareButton({ title, url }: ShareButtonProps) {
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });

  async function share() {
    const href = new URL(url ?? window.location.href, window.location.href).href;
    if (prefersShareSheet()) {
      try {
        await navigator.share({ title, url: href });
        return;
      } catch (error) {
        // The reader closed the sheet: nothing to do. Any other failure falls through to copying.
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(href);
      setOutcome({ kind: 'copied' });
    } catch {
      // No clipboard (an insecure context, a refused permission): show the link to copy by hand.
      setOutcome({ kind: 'manual', url: href });
    }
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={share}
        className="rounded-md border border-line bg-panel px-3 py-1.5 text-sm font-medium hover:border-accent"
        data-testid="share-button"
      >
        Share link
      </button>
      <span role="status" className="text-sm text-muted">
        {outcome.kind === 'copied' && 'Link copied'}
        {outcome.kind === 'manual' && (
          <input
            readOnly
            value={outcome.url}
            aria-label="Link to copy"
            className="w-72 rounded border border-line bg-paper px-2 py-1 text-ink"
            onFocus={(e) => e.currentTarget.select()}
            autoFocus
          />
        )}
      </span>
    </span>
  );
}
