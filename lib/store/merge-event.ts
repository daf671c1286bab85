import type { Event, Mention } from '../model';

/**
 * Folds a newly extracted copy of an event into the one already stored under the same id.
 * Mentions and names accumulate and confidence keeps its maximum. Title, summary and date come from
 * the more confident of the two (the newer on a tie), except that an event edited by hand keeps its
 * title, summary, date and tags, and an incoming hand edit replaces the extractor's wording.
 */
export function mergeEvent(stored: Event, incoming: Event): Event {
  const byHand = stored.editedByHand;
  // An editor's wording beats the extractor's whichever side it is on.
  const wording = byHand ? stored : incoming.editedByHand || incoming.confidence >= stored.confidence ? incoming : stored;
  return {
    ...stored,
    title: wording.title,
    summary: wording.summary,
    date: wording.date,
    mentions: appendMentions(stored.mentions, incoming.mentions),
    people: unionNames(stored.people, incoming.people),
    places: unionNames(stored.places, incoming.places),
    organizations: unionNames(stored.organizations, incoming.organizations),
    tags: byHand ? stored.tags : unionNames(stored.tags, incoming.tags),
    confidence: Math.max(stored.confidence, incoming.confidence),
    editedByHand: byHand || incoming.editedByHand,
    updatedAt: incoming.updatedAt,
  };
}

/** Names compare case-insensitively ("King Charles" is "king charles"); the first spelling stays. */
export function unionNames(stored: string[], incoming: string[]): string[] {
  const seen = new Set(stored.map((name) => name.toLowerCase()));
  const added = incoming.filter((name) => {
    const key = name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return [...stored, ...added];
}

/** A mention is its place in a document; the sentence follows from that. */
const mentionKey = (m: Mention) => `${m.documentId}:${m.start}:${m.end}:${m.timexStart}:${m.timexEnd}`;

function appendMentions(stored: Mention[], incoming: Mention[]): Mention[] {
  const seen = new Set(stored.map(mentionKey));
  const added = incoming.filter((m) => {
    const key = mentionKey(m);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return [...stored, ...added];
}
