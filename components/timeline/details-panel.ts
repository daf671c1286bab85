import type { Event } from '@/lib/model';
import { dateInWords } from '@/lib/timeline/date-in-words';
import type { NameFilter } from '@/lib/timeline/timeline-data';
import { el } from './dom';

export interface PanelActions {
  close(): void;
  filter(filter: NameFilter): void;
  permalink(event: Event): string;
}

const NAME_GROUPS: [keyof Pick<Event, 'people' | 'places' | 'organizations' | 'tags'>, keyof NameFilter, string][] = [
  ['people', 'person', 'People'],
  ['places', 'place', 'Places'],
  ['organizations', 'organization', 'Organisations'],
  ['tags', 'tag', 'Tags'],
];

/** The sentence an event was found in, with its date words marked. */
function sourceSentence(event: Event): HTMLElement | undefined {
  const mention = event.mentions[0];
  if (!mention) return undefined;
  const quote = el('blockquote', 'tl-quote');
  const from = mention.timexStart - mention.start;
  const to = mention.timexEnd - mention.start;
  const text = mention.sentence;
  if (from >= 0 && to <= text.length && from <= to) {
    quote.append(text.slice(0, from), el('mark', '', text.slice(from, to)), text.slice(to));
  } else {
    quote.textContent = text;
  }
  return quote;
}

/** Fills the details panel for one event: title, date in words, source sentence, names that filter, document, permalink. */
export function renderPanel(panel: HTMLElement, event: Event, actions: PanelActions): void {
  panel.replaceChildren();
  const close = el('button', 'tl-close', '×');
  close.type = 'button';
  close.setAttribute('aria-label', 'Close details');
  close.addEventListener('click', actions.close);

  const title = el('h3', 'tl-panel-title', event.title);
  title.id = `tl-panel-title-${event.id}`;
  panel.setAttribute('aria-labelledby', title.id);
  const words = dateInWords(event.date);
  const date = el('p', 'tl-panel-date', words.charAt(0).toUpperCase() + words.slice(1));
  panel.append(close, title, date);
  if (event.summary) panel.append(el('p', 'tl-panel-summary', event.summary));
  const quote = sourceSentence(event);
  if (quote) panel.append(quote);

  const names = el('dl', 'tl-names');
  for (const [field, filterKey, heading] of NAME_GROUPS) {
    if (!event[field].length) continue;
    const dd = el('dd');
    for (const name of event[field]) {
      const b = el('button', 'tl-name', name);
      b.type = 'button';
      b.title = `Show only events with ${name}`;
      b.addEventListener('click', () => actions.filter({ [filterKey]: name }));
      dd.append(b);
    }
    names.append(el('dt', '', heading), dd);
  }
  const documents = [...new Set(event.mentions.map((m) => m.documentId))];
  if (documents.length) names.append(el('dt', '', documents.length > 1 ? 'Sources' : 'Source'), el('dd', 'tl-doc', documents.join(', ')));
  panel.append(names);

  const href = actions.permalink(event);
  const link = el('a', 'tl-permalink', 'Permalink');
  link.href = href;
  const copy = el('button', 'tl-copy', 'Copy permalink');
  copy.type = 'button';
  const status = el('span', 'tl-copy-status');
  status.setAttribute('role', 'status');
  copy.addEventListener('click', async () => {
    const url = new URL(href, window.location.href).href;
    try {
      await navigator.clipboard.writeText(url);
      status.textContent = 'Copied';
    } catch {
      // Clipboard access can be refused (insecure context, permissions); show the link to copy by hand.
      status.textContent = url;
    }
  });
  const actionsRow = el('p', 'tl-panel-actions');
  actionsRow.append(copy, link, status);
  panel.append(actionsRow);
}
