import type { Event } from '@/lib/model';

/** What lanes group events by; `none` is a single lane. */
export const LANE_MODES = ['none', 'person', 'place', 'organization', 'document', 'tag'] as const;
export type LaneMode = (typeof LANE_MODES)[number];

export interface Lane {
  key: string;
  label: string;
  /** Event numbers in this lane, in the order given (start order). An event may be in several lanes. */
  members: Int32Array;
}

const OTHER = '\u0000other';

function laneKeys(event: Event, mode: LaneMode): string[] {
  switch (mode) {
    case 'none':
      return ['all'];
    case 'person':
      return event.people;
    case 'place':
      return event.places;
    case 'organization':
      return event.organizations;
    case 'tag':
      return event.tags;
    case 'document':
      return [...new Set(event.mentions.map((m) => m.documentId))];
  }
}

const NONE_LABEL: Record<LaneMode, string> = {
  none: 'All events',
  person: 'No person named',
  place: 'No place named',
  organization: 'No organisation named',
  document: 'No source document',
  tag: 'Untagged',
};

/**
 * Groups events into lanes by person, place, organisation, document or tag, the busiest first.
 * Beyond `maxLanes`, the quieter groups and events without a key share one last lane.
 */
export function groupLanes(events: readonly Event[], order: Int32Array, mode: LaneMode, maxLanes = 8): Lane[] {
  if (mode === 'none') return [{ key: 'all', label: NONE_LABEL.none, members: order }];
  const groups = new Map<string, number[]>();
  for (const e of order) {
    const keys = laneKeys(events[e], mode);
    for (const key of keys.length ? keys : [OTHER]) {
      let g = groups.get(key);
      if (!g) groups.set(key, (g = []));
      g.push(e);
    }
  }
  const named = [...groups].filter(([k]) => k !== OTHER).sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  const kept = named.slice(0, groups.has(OTHER) || named.length > maxLanes ? maxLanes - 1 : maxLanes);
  const lanes: Lane[] = kept.map(([key, members]) => ({ key, label: key, members: Int32Array.from(members) }));
  const rest = new Set(named.slice(kept.length).flatMap(([, m]) => m));
  for (const e of groups.get(OTHER) ?? []) rest.add(e);
  if (rest.size) {
    const label = named.length > kept.length ? 'Everything else' : NONE_LABEL[mode];
    lanes.push({ key: OTHER, label, members: Int32Array.from(order.filter((e) => rest.has(e))) });
  }
  return lanes;
}
