'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useRef, useState } from 'react';
import { acceptedEvents, reviewEvents, type ReviewedEvent } from '@/lib/editor/review-event';
import { slugify } from '@/lib/extract/event-ids';
import { EXTRACT_MAX_CHARS, type Dct } from '@/lib/model';
import { ApiCallError, createTimeline, extract, readArticleFile, saveArticle } from './api-client';
import { EventReviewRow } from './event-review-row';

type Status = 'queued' | 'reading' | 'extracting' | 'ready' | 'saving' | 'saved' | 'error';

interface Article {
  key: number;
  /** The file's name, or "Pasted text". */
  name: string;
  file?: File;
  status: Status;
  error?: string;
  title: string;
  text: string;
  /** The publication date the editor gave or confirmed, `YYYY-MM-DD`; empty to let the extractor infer it. */
  dctInput: string;
  dct?: Dct;
  events: ReviewedEvent[];
}

const STATUS_WORDS: Record<Status, string> = {
  queued: 'Waiting',
  reading: 'Reading the file…',
  extracting: 'Finding dates and events…',
  ready: 'Ready to review',
  saving: 'Saving…',
  saved: 'Saved',
  error: 'Problem',
};

const message = (error: unknown) => (error instanceof ApiCallError || error instanceof Error ? error.message : String(error));

type ImporterProps = { mode: 'new' } | { mode: 'add'; slug: string; timelineTitle: string };

/**
 * Articles in, events out, reviewed before anything is saved: paste or upload, see what was extracted
 * (with the publication date and why), keep, drop or fix each event, then save into the timeline.
 */
export function ArticleImporter(props: ImporterProps) {
  const router = useRouter();
  const [articles, setArticles] = useState<Article[]>([]);
  const [pasteText, setPasteText] = useState('');
  const [pasteTitle, setPasteTitle] = useState('');
  const [title, setTitle] = useState('');
  const [slug, setSlug] = useState('');
  const [slugEdited, setSlugEdited] = useState(false);
  const [description, setDescription] = useState('');
  const [saveError, setSaveError] = useState('');
  const [saving, setSaving] = useState(false);
  const nextKey = useRef(1);
  // Articles are extracted one at a time, in the order added: steady progress, and the server's rate limit respected.
  const queue = useRef<Promise<void>>(Promise.resolve());

  const patch = useCallback((key: number, change: Partial<Article>) => {
    setArticles((all) => all.map((a) => (a.key === key ? { ...a, ...change } : a)));
  }, []);

  const process = useCallback(
    (article: Article) => {
      queue.current = queue.current.then(async () => {
        try {
          let { title: articleTitle, text } = article;
          if (article.file && !text) {
            patch(article.key, { status: 'reading', error: undefined });
            ({ title: articleTitle, text } = await readArticleFile(article.file));
            patch(article.key, { title: articleTitle, text });
          }
          if (text.length > EXTRACT_MAX_CHARS) {
            const size = (text.length / 1_000_000).toFixed(1);
            throw new Error(`its text is ${size} million characters; articles of up to ${EXTRACT_MAX_CHARS.toLocaleString('en')} can be extracted here. Use \`npm run ingest\` for longer ones.`);
          }
          patch(article.key, { status: 'extracting', error: undefined });
          const result = await extract(text, article.dctInput || undefined, articleTitle);
          patch(article.key, { status: 'ready', dct: result.dct, dctInput: article.dctInput || result.dct.value || '', events: reviewEvents(result.events) });
        } catch (error) {
          patch(article.key, { status: 'error', error: message(error) });
        }
      });
    },
    [patch],
  );

  const add = (entries: Omit<Article, 'key' | 'status' | 'events' | 'dctInput'>[]) => {
    const added = entries.map((e) => ({ ...e, key: nextKey.current++, status: 'queued' as const, events: [], dctInput: '' }));
    setArticles((all) => [...all, ...added]);
    added.forEach(process);
  };

  const addPasted = () => {
    if (!pasteText.trim()) return;
    // Without a headline, the first line stands in for one: articles are pasted headline first.
    const firstLine = pasteText.trim().split('\n')[0].slice(0, 120);
    add([{ name: 'Pasted text', title: pasteTitle.trim() || firstLine, text: pasteText }]);
    setPasteText('');
    setPasteTitle('');
  };

  const reextract = (article: Article, dctInput: string) => {
    const next = { ...article, dctInput, status: 'queued' as const };
    patch(article.key, next);
    process(next);
  };

  const remove = (key: number) => setArticles((all) => all.filter((a) => a.key !== key));

  const ready = articles.filter((a) => a.status === 'ready' || a.status === 'error' || a.status === 'saved');
  const busy = articles.some((a) => ['queued', 'reading', 'extracting', 'saving'].includes(a.status));
  const toSave = articles.filter((a) => a.status === 'ready');
  const timelineSlug = props.mode === 'add' ? props.slug : slug;

  async function save() {
    setSaveError('');
    if (props.mode === 'new' && (!title.trim() || !slug)) return setSaveError('Give the timeline a title first.');
    setSaving(true);
    try {
      if (props.mode === 'new') await createTimeline(slug, title.trim(), description.trim());
    } catch (error) {
      setSaving(false);
      return setSaveError(message(error));
    }
    let failed = false;
    for (const article of toSave) {
      patch(article.key, { status: 'saving' });
      try {
        await saveArticle(timelineSlug, {
          title: article.title || article.name,
          source: article.file ? article.name : '',
          dct: article.dctInput || undefined,
          text: article.text,
          events: acceptedEvents(article.events),
        });
        patch(article.key, { status: 'saved' });
      } catch (error) {
        failed = true;
        patch(article.key, { status: 'error', error: message(error) });
      }
    }
    setSaving(false);
    if (!failed) router.push(`/timelines/${timelineSlug}`);
    else setSaveError('Some articles were not saved; see the messages next to them. The others are on the timeline.');
  }

  const field = 'mt-1 block w-full rounded-md border border-line bg-paper px-3 py-2 text-ink';

  return (
    <div className="space-y-8">
      {props.mode === 'new' && (
        <fieldset className="grid gap-4 sm:grid-cols-2">
          <legend className="sr-only">The timeline</legend>
          <label className="text-sm font-medium">
            Title
            <input
              className={field}
              value={title}
              required
              maxLength={200}
              onChange={(e) => {
                setTitle(e.target.value);
                if (!slugEdited) setSlug(slugify(e.target.value).slice(0, 80).replace(/-+$/, ''));
              }}
            />
          </label>
          <label className="text-sm font-medium">
            Address
            <span className="mt-1 flex items-center rounded-md border border-line bg-panel text-muted">
              <span className="px-2 text-sm">/timelines/</span>
              <input
                className="min-w-0 flex-1 rounded-r-md bg-paper px-2 py-2 text-ink"
                value={slug}
                pattern="[a-z0-9]+(-[a-z0-9]+)*"
                onChange={(e) => {
                  setSlugEdited(true);
                  setSlug(e.target.value.toLowerCase());
                }}
              />
            </span>
          </label>
          <label className="text-sm font-medium sm:col-span-2">
            Description <span className="font-normal text-muted">(optional)</span>
            <textarea className={field} rows={2} value={description} maxLength={5000} onChange={(e) => setDescription(e.target.value)} />
          </label>
        </fieldset>
      )}

      <section aria-labelledby="articles-heading" className="space-y-4">
        <h2 id="articles-heading" className="text-lg font-semibold">
          Articles
        </h2>
        <div className="grid gap-4 lg:grid-cols-2">
          <div className="space-y-2 rounded-lg border border-line p-4">
            <label className="block text-sm font-medium">
              Paste an article
              <textarea className={field} rows={8} value={pasteText} onChange={(e) => setPasteText(e.target.value)} placeholder="Paste the article's text here" />
            </label>
            <label className="block text-sm font-medium">
              Its headline <span className="font-normal text-muted">(optional)</span>
              <input className={field} value={pasteTitle} onChange={(e) => setPasteTitle(e.target.value)} />
            </label>
            <button type="button" onClick={addPasted} disabled={!pasteText.trim()} className="rounded-md bg-accent px-4 py-2 text-sm font-medium text-accent-ink disabled:opacity-50">
              Extract events
            </button>
          </div>
          <div className="space-y-2 rounded-lg border border-line p-4">
            <label className="block text-sm font-medium">
              Or upload files
              <span className="block font-normal text-muted">.txt, .md or .html, up to 20 MB each; several at once</span>
              <input
                type="file"
                multiple
                accept=".txt,.text,.md,.markdown,.html,.htm"
                className="mt-2 block w-full text-sm"
                onChange={(e) => {
                  const files = [...(e.target.files ?? [])];
                  add(files.map((file) => ({ name: file.name, file, title: '', text: '' })));
                  e.target.value = '';
                }}
              />
            </label>
          </div>
        </div>

        {articles.length > 1 && (
          <p className="text-sm text-muted" aria-live="polite">
            {ready.length} of {articles.length} articles processed
            <progress className="ml-3 align-middle" max={articles.length} value={ready.length} />
          </p>
        )}

        <ol className="space-y-6">
          {articles.map((article) => (
            <li key={article.key} className="rounded-lg border border-line p-4" data-testid="article">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h3 className="font-semibold">{article.title || article.name}</h3>
                <p className="text-sm" aria-live="polite">
                  <span className={article.status === 'error' ? 'font-medium text-red-700 dark:text-red-300' : 'text-muted'}>{STATUS_WORDS[article.status]}</span>
                  {article.status === 'ready' && <span className="text-muted"> · {article.events.length} {article.events.length === 1 ? 'event' : 'events'} found</span>}
                  <button type="button" onClick={() => remove(article.key)} className="ml-3 text-accent underline-offset-4 hover:underline" disabled={article.status === 'saving'}>
                    Remove
                  </button>
                </p>
              </div>
              {article.error && (
                <p role="alert" className="mt-2 rounded-md border border-red-300 bg-red-50 p-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
                  {article.error.includes(article.name) ? article.error : `${article.name}: ${article.error}`}
                </p>
              )}
              {(article.status === 'ready' || article.status === 'saving' || article.status === 'saved') && (
                <div className="mt-3 space-y-3">
                  <DctControl article={article} onReextract={(dct) => reextract(article, dct)} />
                  {article.events.length === 0 ? (
                    <p className="text-sm text-muted">No dated events were found in this article.</p>
                  ) : (
                    <ul className="space-y-2">
                      {article.events.map((reviewed, i) => (
                        <EventReviewRow
                          key={reviewed.event.id}
                          reviewed={reviewed}
                          onChange={(next) => patch(article.key, { events: article.events.map((r, j) => (j === i ? next : r)) })}
                        />
                      ))}
                    </ul>
                  )}
                </div>
              )}
            </li>
          ))}
        </ol>
      </section>

      <div className="flex flex-wrap items-center gap-4 border-t border-line pt-6">
        <button
          type="button"
          onClick={save}
          disabled={saving || busy || toSave.length === 0}
          className="rounded-md bg-accent px-5 py-2.5 font-medium text-accent-ink disabled:opacity-50"
        >
          {props.mode === 'new' ? 'Create timeline' : `Add to “${props.timelineTitle}”`}
        </button>
        <span className="text-sm text-muted">
          {toSave.reduce((n, a) => n + a.events.filter((r) => r.accepted).length, 0)} events from {toSave.length} {toSave.length === 1 ? 'article' : 'articles'} will be saved
        </span>
        {saveError && (
          <p role="alert" className="w-full text-sm font-medium text-red-700 dark:text-red-300">
            {saveError}
          </p>
        )}
      </div>
    </div>
  );
}

/** The publication date the relative dates were resolved against: shown with its reason, and changeable. */
function DctControl({ article, onReextract }: { article: Article; onReextract: (dct: string) => void }) {
  const [value, setValue] = useState(article.dctInput);
  const { dct } = article;
  return (
    <div className="flex flex-wrap items-end gap-3 rounded-md bg-panel p-3 text-sm">
      <label className="font-medium">
        Published on
        <input type="date" className="mt-1 block rounded-md border border-line bg-paper px-2 py-1" value={value} onChange={(e) => setValue(e.target.value)} />
      </label>
      {value !== article.dctInput && (
        <button type="button" className="rounded-md border border-line px-3 py-1.5 hover:border-accent" onClick={() => onReextract(value)}>
          Use this date
        </button>
      )}
      <p className="text-muted">
        {dct?.source === 'given' && 'as given.'}
        {dct?.source === 'inferred' && `Inferred: ${dct.reason}`}
        {dct?.source === 'none' && 'Unknown: relative dates such as “last Tuesday” stay unresolved until you give one.'}
      </p>
    </div>
  );
}
