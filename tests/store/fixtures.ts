import type { Mention, NewDocument, NewEvent } from '@/lib/model';

interface Span {
  start: string;
  end: string;
}

/** The whole of one UTC day, `YYYY-MM-DD` or an expanded year such as `-000044-03-15`. */
export function wholeDay(day: string): Span {
  return { start: `${day}T00:00:00.000Z`, end: `${day}T23:59:59.999Z` };
}

/** A valid event on `when` (a day, or an explicit span), titled after its id unless overridden. */
export function newEvent(id: string, when: string | Span, overrides: Partial<NewEvent> = {}): NewEvent {
  const span = typeof when === 'string' ? wholeDay(when) : when;
  return {
    id,
    title: `Event ${id}`,
    date: { value: typeof when === 'string' ? when : 'XXXX', ...span, granularity: 'day' },
    confidence: 0.5,
    ...overrides,
  };
}

export function newDocument(id: string, overrides: Partial<NewDocument> = {}): NewDocument {
  return {
    id,
    title: `Document ${id}`,
    source: `https://news.example/${id}`,
    dct: { value: '2024-02-01', source: 'given', reason: 'dateline' },
    text: `The text of ${id}.`,
    ...overrides,
  };
}

/** A mention of a whole sentence at `start` whose first character is the date. */
export function mention(documentId: string, sentence: string, start = 0): Mention {
  return { documentId, start, end: start + sentence.length, timexStart: start, timexEnd: start + 1, sentence };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
