// Entry for the timeline embed (/embed/[slug]): mounts the framework-free renderer on the events file the page names.
import { mount } from '@/components/timeline/mount';
import type { Event } from '@/lib/model';
import { EMBED_DATA_ID, type TimelineEmbedData } from '@/lib/permalink/embed-data';
import { readEventsFile } from '@/lib/permalink/events-file';
import { serialiseViewState, type ViewState } from '@/lib/permalink/view-state';
import { monthNamesFor, setMonthNames } from '@/lib/timeline/format-utc';
import { reportHeight } from './report-height';

const data = JSON.parse(document.getElementById(EMBED_DATA_ID)!.textContent!) as TimelineEmbedData;
const open = document.getElementById('embed-open') as HTMLAnchorElement;

// "Open" always leads to the full page showing what the reader sees here now.
const view: ViewState = {
  ...(data.window ? { from: Date.parse(data.window.from), to: Date.parse(data.window.to) } : {}),
  event: data.selectedId ?? undefined,
  lanes: data.laneMode,
  ...data.filter,
};
const showView = () => {
  const query = serialiseViewState(view);
  open.href = query ? `${data.pageUrl}?${query}` : data.pageUrl;
};

// The axis and dates speak the embed's language (`lang`), as the page's <html lang> says.
if (document.documentElement.lang && !document.documentElement.lang.startsWith('en')) setMonthNames(monthNamesFor(document.documentElement.lang));

const host = document.getElementById('timeline')!;
const status = document.createElement('p');
status.className = 'card';
status.setAttribute('role', 'status');
status.textContent = 'Loading the timeline…';
host.append(status);

const show = (events: Event[]) =>
  mount(host, events, {
    label: data.title,
    height: data.height,
    window: data.window,
    selectedId: data.selectedId,
    laneMode: data.laneMode,
    filter: data.filter,
    permalink: (event) => `${data.eventUrlBase}/${encodeURIComponent(event.id)}`,
    onWindowChange: (w) => {
      view.from = Date.parse(w.from);
      view.to = Date.parse(w.to);
      showView();
    },
    onSelect: (id) => {
      view.event = id ?? undefined;
      showView();
    },
    onLanesChange: (mode) => {
      view.lanes = mode;
      showView();
    },
    onFilter: (filter) => {
      Object.assign(view, { person: undefined, place: undefined, organization: undefined, tag: undefined }, filter);
      showView();
    },
  });

const failed = (error: unknown) => {
  const link = document.createElement('a');
  link.href = data.pageUrl;
  link.textContent = 'Open it on its own page.';
  status.textContent = `This timeline could not be shown: ${error instanceof Error ? error.message : String(error)}. `;
  status.append(link);
  host.replaceChildren(status);
};

fetch(data.eventsUrl).then(readEventsFile).then(show).catch(failed);
reportHeight();
