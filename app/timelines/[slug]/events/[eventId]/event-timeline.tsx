'use client';

import { useEffect, useState } from 'react';
import { Timeline, type TimelineProps } from '@/components/timeline/timeline';
import { readEventsFile } from '@/lib/permalink/events-file';

interface EventTimelineProps extends TimelineProps {
  /** The timeline's events file (lib/permalink/events-file.ts), which replaces `events` once it has loaded. */
  eventsUrl: string;
}

/**
 * A permalink's timeline. The page carries only the event and its neighbours, so it stays small and
 * cheap to render per request; the whole timeline follows from its events file, which the browser keeps
 * for every permalink and embed of the same version.
 */
export function EventTimeline({ eventsUrl, events, ...options }: EventTimelineProps) {
  const [shown, setShown] = useState(events);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    fetch(eventsUrl)
      .then(readEventsFile)
      .then(
        (loaded) => current && setShown(loaded),
        (error: unknown) => current && setFailure(error instanceof Error ? error.message : String(error)),
      );
    return () => {
      current = false;
    };
  }, [eventsUrl]);
  return (
    <>
      <Timeline events={shown} {...options} />
      {failure && (
        <p role="status" className="mt-2 text-sm text-muted">
          Only the neighbouring events are shown: {failure}.
        </p>
      )}
    </>
  );
}
