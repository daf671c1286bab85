'use client';

import { useEffect, useRef, useState } from 'react';
import type { Event } from '@/lib/model';
import { shortDate } from '@/lib/timeline/date-in-words';
import { mount, type TimelineHandle, type TimelineOptions } from './mount';
import './timeline.css';

export interface TimelineProps extends Omit<TimelineOptions, 'permalink'> {
  events: readonly Event[];
  className?: string;
}

/** How many events the server-rendered fallback lists before the interactive timeline takes over. */
const FALLBACK_ROWS = 50;

/** The `count` earliest events, in time order, for the list shown before the timeline mounts. */
function firstInTime(events: readonly Event[], count: number): Event[] {
  return events
    .map((e) => [Date.parse(e.date.start), e] as const)
    .sort((a, b) => a[0] - b[0])
    .slice(0, count)
    .map(([, e]) => e);
}

function fallbackSummary(count: number): string {
  if (count === 0) return 'No events to show.';
  const all = `${count.toLocaleString('en')} ${count === 1 ? 'event' : 'events'}`;
  return count > FALLBACK_ROWS ? `${all}; the first ${FALLBACK_ROWS} are listed.` : `${all}.`;
}

/**
 * The interactive timeline for React pages: a thin wrapper that mounts the framework-free renderer and
 * passes prop changes on to it. Before it mounts (and on the server) it shows an accessible list.
 */
export function Timeline({ events, className, onWindowChange, onSelect, onLanesChange, onFilter, ...options }: TimelineProps) {
  const host = useRef<HTMLDivElement>(null);
  const handle = useRef<TimelineHandle | null>(null);
  const [ready, setReady] = useState(false);
  // The renderer keeps the callbacks it was mounted with; these forward to the latest props.
  const callbacks = useRef({ onWindowChange, onSelect, onLanesChange, onFilter });
  useEffect(() => {
    callbacks.current = { onWindowChange, onSelect, onLanesChange, onFilter };
  });
  const initial = useRef({ events, options });

  useEffect(() => {
    if (!host.current) return;
    handle.current = mount(host.current, initial.current.events, {
      ...initial.current.options,
      onWindowChange: (w) => callbacks.current.onWindowChange?.(w),
      onSelect: (id) => callbacks.current.onSelect?.(id),
      onLanesChange: (m) => callbacks.current.onLanesChange?.(m),
      onFilter: (f) => callbacks.current.onFilter?.(f),
    });
    setReady(true);
    return () => {
      handle.current?.destroy();
      handle.current = null;
    };
  }, []);

  useEffect(() => {
    if (handle.current && events !== initial.current.events) handle.current.update(events);
  }, [events]);

  const { window, selectedId, laneMode, filter, orientation, height } = options;
  const windowKey = window ? `${window.from}/${window.to}` : '';
  const filterKey = JSON.stringify(filter ?? {});
  useEffect(() => {
    if (!handle.current) return;
    const next: Partial<TimelineOptions> = { selectedId, laneMode, orientation, height };
    if (window) next.window = window;
    if (filter) next.filter = filter;
    handle.current.update(undefined, next);
    // Objects are compared by their keys so a parent re-rendering with equal values changes nothing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [windowKey, filterKey, selectedId, laneMode, orientation, height]);

  return (
    <section className={className} aria-label={options.label ?? 'Timeline'}>
      <div ref={host} />
      {!ready && (
        <div className="tl-fallback">
          <p>{fallbackSummary(events.length)}</p>
          <ol>
            {firstInTime(events, FALLBACK_ROWS).map((e) => (
              <li key={e.id}>
                <time dateTime={e.date.start}>{shortDate(e.date)}</time> {e.title}
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
