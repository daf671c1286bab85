import type { Event } from '@/lib/model';
import { shortDate } from '@/lib/timeline/date-in-words';
import { el } from './dom';

const PAGE = 100;

/**
 * The same events as an accessible chronological table, a page at a time (a table of 100,000 rows
 * would freeze the page). `order` lists event numbers in time order; `open` shows an event's details.
 */
export function renderList(container: HTMLElement, events: readonly Event[], order: Int32Array, open: (event: number) => void): void {
  container.replaceChildren();
  const table = el('table', 'tl-table');
  table.append(el('caption', '', `${events.length.toLocaleString('en')} events in time order`));
  const head = el('tr');
  for (const h of ['Date', 'Event', 'People', 'Places']) {
    const th = el('th', '', h);
    th.scope = 'col';
    head.append(th);
  }
  table.createTHead().append(head);
  const body = table.createTBody();
  const more = el('button', 'tl-more');
  more.type = 'button';
  let shown = 0;
  const showMore = () => {
    const until = Math.min(order.length, shown + PAGE);
    for (; shown < until; shown++) {
      const e = order[shown];
      const event = events[e];
      const row = body.insertRow();
      const when = el('time', '', shortDate(event.date));
      when.dateTime = event.date.start;
      row.insertCell().append(when);
      const title = el('button', 'tl-link', event.title);
      title.type = 'button';
      title.addEventListener('click', () => open(e));
      row.insertCell().append(title);
      row.insertCell().textContent = event.people.join(', ');
      row.insertCell().textContent = event.places.join(', ');
    }
    more.hidden = shown >= order.length;
    more.textContent = `Show ${Math.min(PAGE, order.length - shown)} more`;
  };
  more.addEventListener('click', showMore);
  showMore();
  container.append(table, more);
}
