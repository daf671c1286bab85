import type { NewEvent } from '../model';
import type { Extraction } from './extract-events';

/** An event as `extract` prints it: the model's fields, with its first sentence up front for reading. */
export function eventJson(e: NewEvent) {
  return {
    id: e.id,
    title: e.title,
    date: e.date,
    sentence: e.mentions?.[0]?.sentence ?? '',
    mentions: e.mentions ?? [],
    people: e.people ?? [],
    places: e.places ?? [],
    organizations: e.organizations ?? [],
    confidence: e.confidence,
  };
}

/** An extraction as `extract` prints it. */
export function extractionJson(x: Extraction) {
  return { dct: x.dct, timexes: x.timexes, events: x.events.map(eventJson) };
}
