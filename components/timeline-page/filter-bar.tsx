'use client';

import { useEffect, useState } from 'react';
import type { Facets, FacetKind } from '@/lib/dataset/facets';
import type { ViewState } from '@/lib/permalink/view-state';

const NAME_FILTERS: { kind: FacetKind; key: 'person' | 'place' | 'organization' | 'tag'; label: string }[] = [
  { kind: 'people', key: 'person', label: 'Person' },
  { kind: 'places', key: 'place', label: 'Place' },
  { kind: 'organizations', key: 'organization', label: 'Organisation' },
  { kind: 'tags', key: 'tag', label: 'Tag' },
];

/** How long typing must pause before the search applies (and the address bar follows). */
const TYPING_MS = 300;

const dayOf = (ms: number | undefined) => (ms === undefined ? '' : new Date(ms).toISOString().slice(0, 10));
const DAY = 86_400_000;

interface FilterBarProps {
  view: ViewState;
  facets: Facets;
  onChange: (patch: Partial<ViewState>) => void;
}

/** The timeline page's filters: every control writes to the view, which the URL and the timeline follow. */
export function FilterBar({ view, facets, onChange }: FilterBarProps) {
  const [query, setQuery] = useState(view.q ?? '');
  // Back/Forward change the view's search; the box follows (React's "adjust state on a prop change").
  const [shownQ, setShownQ] = useState(view.q);
  if (view.q !== shownQ) {
    setShownQ(view.q);
    setQuery(view.q ?? '');
  }
  useEffect(() => {
    if (query === (view.q ?? '')) return;
    const timer = setTimeout(() => onChange({ q: query || undefined }), TYPING_MS);
    return () => clearTimeout(timer);
  }, [query, view.q, onChange]);

  const setEdge = (edge: 'from' | 'to', value: string) => {
    const ms = value ? Date.parse(`${value}T00:00:00Z`) : NaN;
    if (Number.isNaN(ms)) return;
    const from = edge === 'from' ? ms : view.from;
    const to = edge === 'to' ? ms + DAY : view.to;
    if (from !== undefined && to !== undefined && from < to) onChange({ from, to });
  };

  const active = Boolean(view.q || view.person || view.place || view.organization || view.tag || view.minConfidence);
  const field = 'rounded-md border border-line bg-paper px-2 py-1.5 text-sm';

  return (
    <form role="search" aria-label="Filter events" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" onSubmit={(e) => e.preventDefault()}>
      <label className="flex flex-col gap-1 text-sm font-medium sm:col-span-2">
        Search
        <input type="search" className={field} value={query} placeholder="Words in titles, sentences or names" onChange={(e) => setQuery(e.target.value)} />
      </label>
      {NAME_FILTERS.filter(({ kind }) => facets[kind].length > 0).map(({ kind, key, label }) => (
        <label key={key} className="flex flex-col gap-1 text-sm font-medium">
          {label}
          <select className={field} value={view[key] ?? ''} onChange={(e) => onChange({ [key]: e.target.value || undefined })}>
            <option value="">Any</option>
            {facets[kind].map((f) => (
              <option key={f.name} value={f.name}>
                {f.name} ({f.count})
              </option>
            ))}
          </select>
        </label>
      ))}
      <label className="flex flex-col gap-1 text-sm font-medium">
        From
        <input type="date" className={field} value={dayOf(view.from)} onChange={(e) => setEdge('from', e.target.value)} />
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        To
        <input type="date" className={field} value={dayOf(view.to === undefined ? undefined : view.to - DAY)} onChange={(e) => setEdge('to', e.target.value)} />
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        Minimum confidence: {Math.round((view.minConfidence ?? 0) * 100)}%
        <input
          type="range"
          min={0}
          max={1}
          step={0.05}
          value={view.minConfidence ?? 0}
          onChange={(e) => onChange({ minConfidence: Number(e.target.value) || undefined })}
        />
      </label>
      {active && (
        <div className="flex items-end">
          <button
            type="button"
            className="rounded-md border border-line px-3 py-1.5 text-sm hover:border-accent"
            onClick={() => onChange({ q: undefined, person: undefined, place: undefined, organization: undefined, tag: undefined, minConfidence: undefined })}
          >
            Clear filters
          </button>
        </div>
      )}
    </form>
  );
}
