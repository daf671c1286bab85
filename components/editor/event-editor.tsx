'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { timexSpan } from '@/lib/extract/timex-span';
import type { Event } from '@/lib/model';
import { dateInWords } from '@/lib/timeline/date-in-words';
import { ApiCallError, addEvent, deleteEvent, mergeEvents, updateEvent } from './api-client';

const field = 'mt-1 block w-full rounded-md border border-line bg-paper px-2 py-1.5 text-ink';
const button = 'rounded-md border border-line px-3 py-1.5 text-sm hover:border-accent disabled:opacity-50';
const message = (error: unknown) => (error instanceof ApiCallError || error instanceof Error ? error.message : String(error));
const tagList = (text: string) => [...new Set(text.split(',').map((t) => t.trim()).filter(Boolean))];

/** The date fields of an event from a TIMEX3 value the editor typed, or null when it names no span. */
function dateFrom(value: string) {
  const span = timexSpan(value.trim());
  return span ? { value: value.trim(), ...span, approximate: false } : null;
}

interface EventEditorProps {
  slug: string;
  event: Event;
  /** The other events, for merging one into this one. */
  others: Event[];
  onDeleted: () => void;
}

/** An editor's controls for the selected event: edit, delete, or merge another event into it. */
export function EventEditor({ slug, event, others, onDeleted }: EventEditorProps) {
  const router = useRouter();
  const [title, setTitle] = useState(event.title);
  const [dateText, setDateText] = useState(event.date.value);
  const [summary, setSummary] = useState(event.summary);
  const [tags, setTags] = useState(event.tags.join(', '));
  const [mergeId, setMergeId] = useState('');
  const [status, setStatus] = useState<{ kind: 'idle' | 'busy' | 'done' | 'error'; text?: string }>({ kind: 'idle' });

  async function run(label: string, action: () => Promise<unknown>, after?: () => void) {
    setStatus({ kind: 'busy', text: `${label}…` });
    try {
      await action();
      setStatus({ kind: 'done', text: `${label}: done.` });
      after?.();
      router.refresh();
    } catch (error) {
      setStatus({ kind: 'error', text: `${label} failed: ${message(error)}` });
    }
  }

  const save = () => {
    const date = dateFrom(dateText);
    if (!date) return setStatus({ kind: 'error', text: 'Use a date like 2024-01-29, 2024-02, 2020, 2024-W06 or 202 (the 2020s).' });
    if (!title.trim()) return setStatus({ kind: 'error', text: 'The title cannot be empty.' });
    run('Saving', () => updateEvent(slug, event.id, { title: title.trim(), summary, tags: tagList(tags), ...(date.value === event.date.value ? {} : { date }) }));
  };

  return (
    <section aria-labelledby="edit-heading" className="space-y-3 rounded-lg border border-line bg-panel p-4" data-testid="event-editor">
      <h2 id="edit-heading" className="font-semibold">
        Edit “{event.title}”
      </h2>
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="text-sm font-medium sm:col-span-2">
          Title
          <input className={field} value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label className="text-sm font-medium">
          Date (TIMEX3)
          <input className={`${field} font-mono`} value={dateText} onChange={(e) => setDateText(e.target.value)} />
          <span className="mt-1 block font-normal text-muted">{dateFrom(dateText) ? dateInWords(dateFrom(dateText)!) : 'not a date'}</span>
        </label>
        <label className="text-sm font-medium">
          Tags <span className="font-normal text-muted">(comma-separated)</span>
          <input className={field} value={tags} onChange={(e) => setTags(e.target.value)} />
        </label>
        <label className="text-sm font-medium sm:col-span-2">
          Summary
          <textarea className={field} rows={2} maxLength={5000} value={summary} onChange={(e) => setSummary(e.target.value)} />
        </label>
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <button type="button" className="rounded-md bg-accent px-4 py-1.5 text-sm font-medium text-accent-ink disabled:opacity-50" disabled={status.kind === 'busy'} onClick={save}>
          Save changes
        </button>
        <button
          type="button"
          className={button}
          disabled={status.kind === 'busy'}
          onClick={() => window.confirm(`Delete “${event.title}”?`) && run('Deleting', () => deleteEvent(slug, event.id), onDeleted)}
        >
          Delete event
        </button>
        {others.length > 0 && (
          <span className="flex flex-wrap items-end gap-2">
            <label className="text-sm font-medium">
              Merge into this one
              <select className={field} value={mergeId} onChange={(e) => setMergeId(e.target.value)}>
                <option value="">Choose an event…</option>
                {others.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.date.value} · {o.title}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" className={button} disabled={!mergeId || status.kind === 'busy'} onClick={() => run('Merging', () => mergeEvents(slug, event.id, [mergeId]), () => setMergeId(''))}>
              Merge
            </button>
          </span>
        )}
      </div>
      {status.text && (
        <p role={status.kind === 'error' ? 'alert' : 'status'} className={status.kind === 'error' ? 'text-sm font-medium text-red-700 dark:text-red-300' : 'text-sm text-muted'}>
          {status.text}
        </p>
      )}
    </section>
  );
}

/** An editor's form for an event no article told: a title and a date are enough. */
export function AddEventForm({ slug }: { slug: string }) {
  const router = useRouter();
  const [title, setTitle] = useState('');
  const [dateText, setDateText] = useState('');
  const [summary, setSummary] = useState('');
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const date = dateFrom(dateText);
    if (!date) return setStatus({ error: true, text: 'Use a date like 2024-01-29, 2024-02, 2020, 2024-W06 or 202 (the 2020s).' });
    try {
      await addEvent(slug, { title: title.trim(), summary, date, confidence: 1, editedByHand: true });
      setStatus({ error: false, text: `Added “${title.trim()}”.` });
      setTitle('');
      setDateText('');
      setSummary('');
      router.refresh();
    } catch (error) {
      setStatus({ error: true, text: message(error) });
    }
  }

  return (
    <form onSubmit={submit} className="grid gap-3 rounded-lg border border-line p-4 sm:grid-cols-[2fr_1fr_auto]" aria-labelledby="add-event-heading">
      <h2 id="add-event-heading" className="font-semibold sm:col-span-3">
        Add an event by hand
      </h2>
      <label className="text-sm font-medium">
        Title
        <input className={field} required maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label className="text-sm font-medium">
        Date (TIMEX3)
        <input className={`${field} font-mono`} required placeholder="2024-01-29" value={dateText} onChange={(e) => setDateText(e.target.value)} />
      </label>
      <div className="flex items-end">
        <button type="submit" className="rounded-md bg-accent px-4 py-1.5 text-sm font-medium text-accent-ink">
          Add event
        </button>
      </div>
      <label className="text-sm font-medium sm:col-span-3">
        Summary <span className="font-normal text-muted">(optional)</span>
        <textarea className={field} rows={2} maxLength={5000} value={summary} onChange={(e) => setSummary(e.target.value)} />
      </label>
      {status && (
        <p role={status.error ? 'alert' : 'status'} className={`text-sm sm:col-span-3 ${status.error ? 'font-medium text-red-700 dark:text-red-300' : 'text-muted'}`}>
          {status.text}
        </p>
      )}
    </form>
  );
}
