import type { NewEvent } from '../model';
import { timexSpan } from '../extract/timex-span';

/** An extracted event as an editor reviews it before saving: kept or not, and whether they changed it. */
export interface ReviewedEvent {
  event: NewEvent;
  accepted: boolean;
}

/** Every extracted event starts accepted, except the ones the extractor was unsure of. */
export const ACCEPT_BELOW = 0.4;

export function reviewEvents(events: NewEvent[]): ReviewedEvent[] {
  return events.map((event) => ({ event, accepted: event.confidence >= ACCEPT_BELOW }));
}

/** A new title typed by the editor; kept as a hand edit so later extraction never overwrites it. */
export function retitle(reviewed: ReviewedEvent, title: string): ReviewedEvent {
  return { ...reviewed, event: { ...reviewed.event, title, editedByHand: true } };
}

/**
 * A new date typed by the editor as a TIMEX3 value (`2024-01-29`, `2024-02`, `2020`, `2024-W06`, `202`):
 * its span and granularity follow from it. Null when the value names no span.
 */
export function redate(reviewed: ReviewedEvent, value: string): ReviewedEvent | null {
  const span = timexSpan(value.trim());
  if (!span) return null;
  const date = { ...reviewed.event.date, value: value.trim(), ...span, approximate: false };
  return { ...reviewed, event: { ...reviewed.event, date, editedByHand: true } };
}

/** The events to save: the accepted ones, as edited. */
export function acceptedEvents(reviewed: readonly ReviewedEvent[]): NewEvent[] {
  return reviewed.filter((r) => r.accepted).map((r) => r.event);
}
