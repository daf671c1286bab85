'use client';

import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import { DEFAULT_EMBED_OPTIONS, EMBED_HEIGHT, EMBED_LANGS, EMBED_THEMES, type EmbedLang, type EmbedTheme } from '@/lib/permalink/embed-options';
import { acceptHeightMessage } from '@/lib/permalink/height-message';
import { iframeSnippet, scriptSnippet } from '@/lib/permalink/snippets';
import { eventEmbedPath, eventPermalink, timelineEmbedPath, timelinePath } from '@/lib/permalink/urls';
import type { ViewState } from '@/lib/permalink/view-state';

interface EmbedCodeDialogProps {
  slug: string;
  /** Set on an event page: the snippet embeds the event's card rather than the timeline. */
  eventId?: string;
  title: string;
  /** The view the timeline embed opens on; the timeline page passes what the reader sees now. */
  view?: ViewState;
}

/** Heights a fixed iframe gets when the publisher does not choose one: enough for the content at 900 px wide. */
const DEFAULT_HEIGHT = { timeline: 600, event: 260 } as const;

const noSubscription = () => () => {};

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/**
 * "Embed" on the timeline and event pages: choose the embed's options with a live preview, then copy an
 * iframe or the script snippet (which keeps the iframe as tall as its content).
 */
export function EmbedCodeDialog({ slug, eventId, title, view }: EmbedCodeDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const preview = useRef<HTMLIFrameElement>(null);
  const headingId = useId();
  // The site's own origin, known only in the browser; the server renders the dialog closed anyway.
  const origin = useSyncExternalStore(noSubscription, () => window.location.origin, () => '');
  const [theme, setTheme] = useState<EmbedTheme>('auto');
  const [height, setHeight] = useState('');
  const [controls, setControls] = useState(true);
  const [lang, setLang] = useState<EmbedLang>(DEFAULT_EMBED_OPTIONS.lang);
  const [kind, setKind] = useState<'script' | 'iframe'>('script');
  const [copied, setCopied] = useState('');
  const [previewHeight, setPreviewHeight] = useState<number | null>(null);
  // The preview loads a whole embed (page, script, timeline): only while someone is looking at it.
  const [open, setOpen] = useState(false);

  const what = eventId ? 'event' : 'timeline';
  const chosenHeight = Number(height);
  const fixedHeight = height !== '' && Number.isInteger(chosenHeight) && chosenHeight >= EMBED_HEIGHT.min && chosenHeight <= EMBED_HEIGHT.max ? chosenHeight : undefined;
  const heightInvalid = height !== '' && fixedHeight === undefined;
  const options = { ...DEFAULT_EMBED_OPTIONS, ...(view ?? {}), theme, controls, lang, height: eventId ? undefined : fixedHeight };
  const path = eventId ? eventEmbedPath(slug, eventId, options) : timelineEmbedPath(slug, options);
  const src = `${origin}${path}`;
  const pageUrl = `${origin}${eventId ? eventPermalink(slug, eventId) : timelinePath(slug, view)}`;
  const snippetInput = { src, title, height: fixedHeight ?? DEFAULT_HEIGHT[what] };
  const snippet = kind === 'iframe' ? iframeSnippet(snippetInput) : scriptSnippet(snippetInput, { loaderSrc: `${origin}/embed.js`, pageUrl });

  // The preview resizes as the script snippet would, by the same checked height messages.
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      const h = acceptHeightMessage(event, { origin: window.location.origin, window: preview.current?.contentWindow });
      if (h !== null) setPreviewHeight(h);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied('Code copied');
    } catch {
      setCopied('Select the code and copy it');
    }
  }

  const field = 'rounded border border-line bg-paper px-2 py-1 text-ink';
  return (
    <>
      <button
        type="button"
        onClick={() => {
          dialog.current?.showModal();
          setOpen(true);
        }}
        className="rounded-md border border-line bg-panel px-3 py-1.5 text-sm font-medium hover:border-accent"
      >
        Embed
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={headingId}
        className="m-auto w-[min(56rem,calc(100vw-2rem))] rounded-lg border border-line bg-paper p-0 text-ink backdrop:bg-black/50"
        onClose={() => {
          setCopied('');
          setOpen(false);
        }}
      >
        <div className="flex items-center justify-between border-b border-line px-5 py-3">
          <h2 id={headingId} className="text-lg font-semibold">
            Embed this {what}
          </h2>
          <button type="button" onClick={() => dialog.current?.close()} className="rounded px-2 text-2xl leading-none" aria-label="Close">
            ×
          </button>
        </div>
        <div className="grid gap-5 p-5 md:grid-cols-[16rem_1fr]">
          <form className="space-y-4 text-sm" onSubmit={(e) => e.preventDefault()}>
            <fieldset>
              <legend className="font-medium">Theme</legend>
              <div className="mt-1 flex gap-3">
                {EMBED_THEMES.map((t) => (
                  <label key={t} className="flex items-center gap-1">
                    <input type="radio" name="theme" value={t} checked={theme === t} onChange={() => setTheme(t)} />
                    {t === 'auto' ? "Reader's" : t[0].toUpperCase() + t.slice(1)}
                  </label>
                ))}
              </div>
            </fieldset>
            {!eventId && (
              <>
                <label className="block">
                  <span className="font-medium">Height of the timeline</span>
                  <input
                    type="number"
                    inputMode="numeric"
                    min={EMBED_HEIGHT.min}
                    max={EMBED_HEIGHT.max}
                    placeholder="automatic"
                    value={height}
                    onChange={(e) => setHeight(e.target.value)}
                    aria-invalid={heightInvalid}
                    aria-describedby={`${headingId}-height`}
                    className={`mt-1 block w-32 ${field}`}
                  />
                  <span id={`${headingId}-height`} className={`mt-1 block ${heightInvalid ? 'text-red-700 dark:text-red-300' : 'text-muted'}`}>
                    {heightInvalid ? `Give ${EMBED_HEIGHT.min} to ${EMBED_HEIGHT.max} pixels, or leave it empty.` : 'Pixels; empty for the default.'}
                  </span>
                </label>
                <label className="flex items-center gap-2">
                  <input type="checkbox" checked={controls} onChange={(e) => setControls(e.target.checked)} />
                  Show the overview and controls
                </label>
              </>
            )}
            <label className="block">
              <span className="font-medium">Dates in</span>
              <select value={lang} onChange={(e) => setLang(e.target.value as EmbedLang)} className={`mt-1 block ${field}`}>
                {EMBED_LANGS.map((l) => (
                  <option key={l} value={l}>
                    {languageNames.of(l) ?? l}
                  </option>
                ))}
              </select>
            </label>
            <fieldset>
              <legend className="font-medium">Code</legend>
              <label className="mt-1 flex items-center gap-2">
                <input type="radio" name="kind" checked={kind === 'script'} onChange={() => setKind('script')} />
                Script: resizes to fit its content
              </label>
              <label className="flex items-center gap-2">
                <input type="radio" name="kind" checked={kind === 'iframe'} onChange={() => setKind('iframe')} />
                Plain iframe: fixed height
              </label>
            </fieldset>
          </form>
          <div className="min-w-0 space-y-3">
            <label className="block text-sm font-medium" htmlFor={`${headingId}-code`}>
              Paste this into your page
            </label>
            <textarea
              id={`${headingId}-code`}
              readOnly
              value={snippet}
              rows={4}
              onFocus={(e) => e.currentTarget.select()}
              className={`block w-full font-mono text-xs ${field}`}
              data-testid="embed-snippet"
            />
            <div className="flex items-center gap-3">
              <button type="button" onClick={copy} className="rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-accent-ink">
                Copy code
              </button>
              <span role="status" className="text-sm text-muted">
                {copied}
              </span>
            </div>
            <p className="text-sm font-medium">Preview</p>
            {origin && open && (
              <iframe
                ref={preview}
                src={src}
                title={`Preview: ${title}`}
                className="block w-full rounded border-0"
                style={{ height: kind === 'script' && previewHeight ? previewHeight : snippetInput.height }}
              />
            )}
          </div>
        </div>
      </dialog>
    </>
  );
}
