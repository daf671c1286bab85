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

/** Runs `effect` after a render in which `key` differs from the previous render's (not on the first). */
function useOnChange(key: string | null | undefined, effect: () => void) {
  const previous = useRef(key);
  useEffect(() => {
    if (previous.current === key) return;
    previous.current = key;
    effect();
    // Only the key decides; the effect closure is fresh on every render anyway.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
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

  // Each prop is passed on only when it changes, so a host that tracks one of them (say the selection)
  // does not reset what the reader changed in another (say the lanes). Objects compare by value.
  const { window, selectedId, laneMode, filter, orientation, height } = options;
  useOnChange(window ? `${window.from}/${window.to}` : '', () => window && handle.current?.update(undefined, { window }));
  useOnChange(selectedId ?? null, () => handle.current?.update(undefined, { selectedId: selectedId ?? null }));
  useOnChange(laneMode, () => laneMode && handle.current?.update(undefined, { laneMode }));
  useOnChange(JSON.stringify(filter ?? {}), () => handle.current?.update(undefined, { filter: filter ?? {} }));
  useOnChange(`${orientation}/${height}`, () => handle.current?.update(undefined, { orientation, height }));

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
