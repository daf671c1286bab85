'use client';

import { useMemo, useState } from 'react';
import { AddEventForm, EventEditor } from '@/components/editor/event-editor';
import { useViewStateInUrl } from '@/components/share/use-view-state-in-url';
import { Timeline } from '@/components/timeline/timeline';
import { countsByYear } from '@/lib/dataset/counts-by-year';
import type { Facets } from '@/lib/dataset/facets';
import { filterEvents } from '@/lib/dataset/filter-events';
import type { Event } from '@/lib/model';
import type { ViewState } from '@/lib/permalink/view-state';
import { matchesFilter } from '@/lib/timeline/timeline-data';
import { FilterBar } from './filter-bar';
import { YearCounts } from './year-counts';

interface TimelineExplorerProps {
  slug: string;
  title: string;
  /** Whether the reader is a signed-in editor; the server checks again on every write. */
  canEdit: boolean;
  events: Event[];
  facets: Facets;
  initialView: ViewState;
}

/** A timeline with its filters and year counts, all following one view that the address bar carries. */
export function TimelineExplorer({ slug, title, canEdit, events, facets, initialView }: TimelineExplorerProps) {
  const { view, change, timelineProps } = useViewStateInUrl(initialView);
  // Said after the edited event is gone from the page, so the editor still learns it happened.
  const [notice, setNotice] = useState('');
  const shown = useMemo(() => filterEvents(events, { q: view.q, minConfidence: view.minConfidence }), [events, view.q, view.minConfidence]);
  const selected = canEdit && view.event ? events.find((e) => e.id === view.event) : undefined;
  const counts = useMemo(() => countsByYear(shown.filter((e) => matchesFilter(e, timelineProps.filter))), [shown, timelineProps.filter]);

  return (
    <div className="space-y-6">
      <FilterBar view={view} facets={facets} onChange={change} />
      {/* The timeline's height is reserved before it mounts, so the page does not jump when it loads. */}
      <div className="min-h-[420px]">
        <Timeline events={shown} label={`Timeline: ${title}`} {...timelineProps} />
      </div>
      {selected && (
        <EventEditor
          key={selected.id}
          slug={slug}
          event={selected}
          others={events.filter((e) => e.id !== selected.id)}
          onDeleted={() => {
            setNotice(`Deleted “${selected.title}”.`);
            change({ event: undefined });
          }}
        />
      )}
      {notice && !selected && (
        <p role="status" className="text-sm text-muted">
          {notice}
        </p>
      )}
      {canEdit && !selected && <p className="text-sm text-muted">Select an event on the timeline to edit, delete or merge it.</p>}
      {canEdit && <AddEventForm slug={slug} />}
      <section aria-labelledby="years-heading">
        <h2 id="years-heading" className="text-lg font-semibold">
          Events by year
        </h2>
        {counts.length ? <YearCounts counts={counts} /> : <p className="mt-2 text-sm text-muted">No events match these filters.</p>}
      </section>
    </div>
  );
}
