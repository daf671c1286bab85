'use client';

import { useEffect, useRef } from 'react';
import { sampleEvents } from '@/lib/timeline/sample-events';
import { markSpan } from '@/lib/timeline/span-geometry';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';

/**
 * The same seeded events drawn by vis-timeline, for the render benchmark to compare against.
 * Marks `vis:mount-start` and `vis:first-render` like our renderer marks its own.
 */
export function BenchVisTimeline({ n, seed }: { n: number; seed: number }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let destroyed = false;
    let timeline: { destroy(): void } | undefined;
    (async () => {
      const { Timeline } = await import('vis-timeline/standalone');
      if (destroyed || !host.current) return;
      const events = sampleEvents(n, seed);
      performance.mark('vis:mount-start');
      const items = events.map((e, id) => {
          const span = markSpan(e.date);
          return span.kind === 'point'
            ? { id, content: e.title, start: new Date(span.start), type: 'point' }
            : { id, content: e.title, start: new Date(span.start), end: new Date(span.end), type: 'range' };
      });
      const t = new Timeline(host.current, items, { height: '460px', stack: true });
      timeline = t;
      let first = true;
      t.on('changed', () => {
        if (!first) return;
        first = false;
        performance.mark('vis:first-render');
        performance.measure('vis:first-render', 'vis:mount-start', 'vis:first-render');
        host.current?.setAttribute('data-ready', 'true');
      });
    })();
    return () => {
      destroyed = true;
      timeline?.destroy();
    };
  }, [n, seed]);
  return <div ref={host} className="vis-bench" aria-label={`vis-timeline of ${n} events`} />;
}
