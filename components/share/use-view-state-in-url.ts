'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { TimeWindow } from '@/components/timeline/mount';
import { historyMode, LANE_WORDS, serialiseViewState, snapWindow, VIEW_KEYS, type ViewState } from '@/lib/permalink/view-state';
import { parseWindowEdge } from '@/lib/permalink/window-edge';
import type { LaneMode } from '@/lib/timeline/lanes';
import type { NameFilter } from '@/lib/timeline/timeline-data';

/** How long zooming and panning must pause before the address bar follows. */
const SETTLE_MS = 400;

const MODE_BY_WORD = new Map(Object.entries(LANE_WORDS).map(([mode, word]) => [word as string, mode as LaneMode]));

/**
 * The view in the address bar after Back or Forward. The server already refused malformed views when the
 * page loaded; entries made here are well formed, so anything odd is left at its default rather than refused.
 */
function viewFromLocation(): ViewState {
  const query = new URLSearchParams(window.location.search);
  const view: ViewState = { lanes: MODE_BY_WORD.get(query.get('lanes') ?? '') ?? 'none' };
  const from = parseWindowEdge(query.get('from') ?? '');
  const to = parseWindowEdge(query.get('to') ?? '');
  if (from !== null && to !== null && from < to) Object.assign(view, { from, to });
  for (const key of VIEW_KEYS) {
    if (key === 'from' || key === 'to' || key === 'lanes') continue;
    const value = query.get(key);
    if (!value) continue;
    if (key === 'minConfidence') {
      const n = Number(value);
      if (n > 0 && n <= 1) view.minConfidence = n;
    } else view[key] = value;
  }
  return view;
}

function write(view: ViewState, mode: 'push' | 'replace') {
  const query = serialiseViewState(view);
  // Keep parameters that are not the view's (utm_source, ...) where they were.
  const others = new URLSearchParams(window.location.search);
  for (const key of VIEW_KEYS) others.delete(key);
  const rest = others.toString();
  const search = [query, rest].filter(Boolean).join('&');
  const url = `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`;
  if (mode === 'push') window.history.pushState(window.history.state, '', url);
  else window.history.replaceState(window.history.state, '', url);
}

const isoWindow = (view: ViewState): TimeWindow | null =>
  view.from !== undefined && view.to !== undefined ? { from: new Date(view.from).toISOString(), to: new Date(view.to).toISOString() } : null;

/**
 * Keeps a timeline's view in the query string, so the address bar always shares what the reader sees.
 * Zooming and panning replace the current history entry once they settle; selecting, filtering and
 * regrouping push a new one, so Back undoes them. Returns the view, `change` for other controls (filters)
 * and the props to spread on <Timeline>.
 */
export function useViewStateInUrl(initial: ViewState) {
  const [view, setView] = useState(initial);
  // What the timeline is told to show. It changes only on Back/Forward: feeding the reader's own zoom
  // back into the renderer would make it re-zoom to where it already is.
  const [shown, setShown] = useState(initial);
  const current = useRef(initial);
  const written = useRef(initial);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const change = useCallback((patch: Partial<ViewState>) => {
    const next = { ...current.current, ...patch };
    current.current = next;
    setView(next);
    const mode = historyMode(written.current, next);
    clearTimeout(timer.current);
    if (mode === 'push') {
      write(next, 'push');
      written.current = next;
    } else if (mode === 'replace') {
      timer.current = setTimeout(() => {
        write(current.current, 'replace');
        written.current = current.current;
      }, SETTLE_MS);
    }
  }, []);

  useEffect(() => {
    const onPop = () => {
      clearTimeout(timer.current);
      const next = viewFromLocation();
      current.current = written.current = next;
      setView(next);
      setShown(next);
    };
    window.addEventListener('popstate', onPop);
    return () => {
      window.removeEventListener('popstate', onPop);
      clearTimeout(timer.current);
    };
  }, []);

  const timelineProps = useMemo(
    () => ({
      window: isoWindow(shown),
      selectedId: view.event ?? null,
      laneMode: view.lanes,
      filter: { person: view.person, place: view.place, organization: view.organization, tag: view.tag } satisfies NameFilter,
      onWindowChange: (w: TimeWindow) => {
        const [from, to] = snapWindow(Date.parse(w.from), Date.parse(w.to));
        change({ from, to });
      },
      onSelect: (id: string | null) => change({ event: id ?? undefined }),
      onLanesChange: (lanes: LaneMode) => change({ lanes }),
      onFilter: (f: NameFilter) => change({ person: f.person, place: f.place, organization: f.organization, tag: f.tag }),
    }),
    [shown, view, change],
  );

  return { view, change, timelineProps };
}
