import type { NewEvent } from '../model';
import { mergeIntoTimeline } from './merge-events';

/**
 * Extracted events with a hand-checked list laid over them: an extracted event that tells the same
 * happening as a checked one takes its id, title, summary, tags, date and confidence, keeping the
 * mentions and names extraction found as well. Checked events extraction missed are added as they are.
 */
export function applyReview(extracted: NewEvent[], checked: NewEvent[]): NewEvent[] {
  const byId = new Map(checked.map((c) => [c.id, c]));
  const matched = new Set<string>();
  const reviewed = mergeIntoTimeline(checked, extracted).map((e) => {
    const c = byId.get(e.id);
    if (!c) return e;
    matched.add(c.id);
    const union = (a: string[] = [], b: string[] = []) => [...new Set([...a, ...b])];
    return {
      ...e,
      id: c.id,
      title: c.title,
      summary: c.summary ?? e.summary,
      tags: union(c.tags, e.tags),
      date: c.date,
      confidence: c.confidence,
      people: union(c.people, e.people),
      places: union(c.places, e.places),
      organizations: union(c.organizations, e.organizations),
      editedByHand: c.editedByHand ?? false,
    };
  });
  return [...reviewed, ...checked.filter((c) => !matched.has(c.id))];
}
