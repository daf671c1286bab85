'use client';

import { useMemo, useState } from 'react';
import type { BenchParams } from '@/lib/timeline/bench-params';
import { sampleEvents } from '@/lib/timeline/sample-events';
import type { NameFilter } from '@/lib/timeline/timeline-data';
import { Timeline } from './timeline';

/**
 * The benchmark and browser-test harness: `n` seeded pseudo-random events drawn by our timeline.
 * Events are generated in the browser so that 100,000 of them are not shipped in the page.
 * It also shows the callbacks' latest values so tests can check them.
 */
export function BenchTimeline({ n, seed, orientation, lanes }: BenchParams) {
  const events = useMemo(() => sampleEvents(n, seed), [n, seed]);
  const [filter, setFilter] = useState<NameFilter>({});
  const [status, setStatus] = useState({ window: '', selected: '', lanes: String(lanes) });
  return (
    <>
      <Timeline
        events={events}
        orientation={orientation}
        laneMode={lanes}
        filter={filter}
        label={`Benchmark timeline of ${n.toLocaleString('en')} events`}
        onWindowChange={(w) => setStatus((s) => ({ ...s, window: `${w.from} – ${w.to}` }))}
        onSelect={(id) => setStatus((s) => ({ ...s, selected: id ?? '' }))}
        onLanesChange={(mode) => setStatus((s) => ({ ...s, lanes: mode }))}
        onFilter={setFilter}
      />
      <dl className="tl-bench-status" data-testid="bench-status">
        <dt>Window</dt>
        <dd data-testid="status-window">{status.window}</dd>
        <dt>Selected</dt>
        <dd data-testid="status-selected">{status.selected}</dd>
        <dt>Lanes</dt>
        <dd data-testid="status-lanes">{status.lanes}</dd>
      </dl>
    </>
  );
}
