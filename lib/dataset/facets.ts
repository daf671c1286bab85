import type { Event } from '../model';

export const FACET_KINDS = ['people', 'places', 'organizations', 'tags'] as const;
export type FacetKind = (typeof FACET_KINDS)[number];

/** A name and how many events carry it. */
export interface FacetValue {
  name: string;
  count: number;
}

export type Facets = Record<FacetKind, FacetValue[]>;

/** The people, places, organisations and tags of a set of events, most frequent first, then by name. */
export function facetsOf(events: readonly Event[]): Facets {
  const facets = {} as Facets;
  for (const kind of FACET_KINDS) {
    const counts = new Map<string, number>();
    for (const event of events) for (const name of event[kind]) counts.set(name, (counts.get(name) ?? 0) + 1);
    facets[kind] = [...counts]
      .map(([name, count]) => ({ name, count }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  }
  return facets;
}
