import type { Event, Timeline } from '@/lib/model';
import type { NameFilter } from '@/lib/timeline/timeline-data';
import type { EmbedOptions } from './embed-options';
import { sentenceParts } from './event-context';
import { escapeHtml, jsonForScript } from './escape-html';
import { eventPermalink, timelinePath } from './urls';
import { EMBED_DATA_ID, type TimelineEmbedData } from './embed-data';

/** The filters the renderer applies itself, and can show and clear. */
const NAME_FILTERS = ['person', 'place', 'organization', 'tag'] as const satisfies (keyof NameFilter)[];

/*
 * The embeds are plain HTML documents built here and served by route handlers: no React and no Next
 * client runtime, so the timeline embed loads one small script (the framework-free renderer) and the card
 * loads only its height reporter. Every dynamic value is escaped; the options travel as inert JSON, and the
 * timeline's events in a file of their own (events-file.ts) that the page preloads.
 */

interface Shell {
  lang: string;
  title: string;
  theme: EmbedOptions['theme'];
  styles: string;
  body: string;
  scripts: string[];
  /** A file the script fetches, to start downloading with the document (same-origin, so `crossorigin` is anonymous). */
  preload?: string;
}

/** A complete document; `<base target="_blank">` sends every link out of the iframe to a new tab. */
function documentShell({ lang, title, theme, styles, body, scripts, preload }: Shell): string {
  const themeAttr = theme === 'auto' ? '' : ` data-theme="${theme}"`;
  return (
    `<!doctype html><html lang="${escapeHtml(lang)}"${themeAttr}><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><link rel="icon" href="data:,">` +
    `<title>${escapeHtml(title)}</title><base target="_blank">` +
    (preload ? `<link rel="preload" href="${escapeHtml(preload)}" as="fetch" crossorigin="anonymous">` : '') +
    `<style>${styles}</style></head>` +
    `<body>${body}${scripts.map((src) => `<script src="${escapeHtml(src)}"></script>`).join('')}</body></html>`
  );
}

/** The bar above an embed: the timeline's name and the way out to the full page. */
const CHROME_CSS =
  ':root{color-scheme:light dark}html,body{margin:0;background:transparent}' +
  'body{font:14px/1.4 system-ui,-apple-system,"Segoe UI",sans-serif}' +
  '.embed{--e-fg:#1f2937;--e-muted:#4b5563;--e-bg:#fff;--e-line:#d1d5db;--e-accent:#1d4ed8;--e-mark:#fef08a;--e-mark-fg:#1f2937;' +
  'color:var(--e-fg);background:var(--e-bg);border:1px solid var(--e-line);border-radius:8px;overflow:hidden}' +
  '@media (prefers-color-scheme:dark){:root:not([data-theme=light]) .embed{--e-fg:#e5e7eb;--e-muted:#9ca3af;--e-bg:#0f172a;--e-line:#334155;--e-accent:#93c5fd;--e-mark:#854d0e;--e-mark-fg:#fef9c3}}' +
  ':root[data-theme=dark] .embed{--e-fg:#e5e7eb;--e-muted:#9ca3af;--e-bg:#0f172a;--e-line:#334155;--e-accent:#93c5fd;--e-mark:#854d0e;--e-mark-fg:#fef9c3}' +
  '.embed a{color:var(--e-accent)}' +
  '.embed-bar{display:flex;align-items:center;gap:12px;padding:8px 12px;border-bottom:1px solid var(--e-line)}' +
  '.embed-title{flex:1;margin:0;font-size:15px;font-weight:600;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}' +
  '.embed-title a{color:inherit;text-decoration:none}.embed-title a:hover{text-decoration:underline}' +
  '.embed-open{font-weight:600;text-decoration:none;white-space:nowrap}.embed-open:hover{text-decoration:underline}' +
  '.embed-open:focus-visible,.embed-title a:focus-visible{outline:3px solid var(--e-accent);outline-offset:2px}' +
  '.embed-hide-controls .tl-toolbar,.embed-hide-controls .tl-overview,.embed-hide-controls .tl-legend{display:none}' +
  '.embed .tl{border-radius:0}.embed .tl-toolbar,.embed .tl-legend{padding-left:12px;padding-right:12px}' +
  '.card{padding:14px 16px}.card-timeline{margin:0;font-size:13px;color:var(--e-muted)}.card-timeline a{color:inherit}' +
  '.card-date{margin:6px 0 0;font-size:13px;font-weight:600;color:var(--e-muted)}' +
  '.card-title{margin:2px 0 0;font-size:18px;line-height:1.3}.card-title a{color:inherit;text-decoration:none}.card-title a:hover{text-decoration:underline}' +
  '.card-quote{margin:10px 0 0;padding-left:10px;border-left:3px solid var(--e-line);color:var(--e-muted);display:-webkit-box;-webkit-line-clamp:3;-webkit-box-orient:vertical;overflow:hidden}' +
  '.card-quote mark{background:var(--e-mark);color:var(--e-mark-fg);border-radius:2px;padding:0 2px}' +
  '.card-names{margin:8px 0 0;font-size:13px;color:var(--e-muted)}.card-foot{margin:10px 0 0}';

export interface TimelineEmbedInput {
  timeline: Timeline;
  /** Where the script fetches the events, the `q` filter applied (see events-file.ts). */
  eventsUrl: string;
  options: EmbedOptions;
  origin: string;
  /** Public path of the renderer bundle, and the renderer's stylesheet to inline. */
  scriptSrc: string;
  timelineCss: string;
}

/** The data the embed script mounts the renderer with: the options' view, made absolute where it leaves the frame. */
export function timelineEmbedData({ timeline, eventsUrl, options, origin }: Pick<TimelineEmbedInput, 'timeline' | 'eventsUrl' | 'options' | 'origin'>): TimelineEmbedData {
  const filter: NameFilter = {};
  for (const key of NAME_FILTERS) if (options[key]) filter[key] = options[key];
  return {
    title: timeline.title,
    pageUrl: `${origin}${timelinePath(timeline.slug)}`,
    eventUrlBase: `${origin}${timelinePath(timeline.slug)}/events`,
    eventsUrl,
    height: options.height,
    window: options.from !== undefined && options.to !== undefined ? { from: new Date(options.from).toISOString(), to: new Date(options.to).toISOString() } : null,
    selectedId: options.event ?? null,
    laneMode: options.lanes,
    filter,
  };
}

/** The chrome-free timeline for iframes. */
export function timelineEmbedDocument(input: TimelineEmbedInput): string {
  const data = timelineEmbedData(input);
  const pageHref = `${input.origin}${timelinePath(input.timeline.slug, input.options)}`;
  const body =
    `<div class="embed${input.options.controls ? '' : ' embed-hide-controls'}">` +
    `<header class="embed-bar"><p class="embed-title"><a href="${escapeHtml(pageHref)}">${escapeHtml(input.timeline.title)}</a></p>` +
    `<a class="embed-open" id="embed-open" href="${escapeHtml(pageHref)}">Open ↗</a></header>` +
    `<div id="timeline"><noscript><p class="card">This timeline needs JavaScript. <a href="${escapeHtml(pageHref)}">Open it on its own page.</a></p></noscript></div>` +
    `</div><script type="application/json" id="${EMBED_DATA_ID}">${jsonForScript(data)}</script>`;
  return documentShell({
    lang: input.options.lang,
    title: input.timeline.title,
    theme: input.options.theme,
    styles: input.timelineCss + CHROME_CSS,
    body,
    scripts: [input.scriptSrc],
    preload: input.eventsUrl,
  });
}

export interface EventCardInput {
  timeline: Timeline;
  event: Event;
  options: EmbedOptions;
  origin: string;
  /** The event's date as the card shows it, already in the embed's language. */
  dateText: string;
  scriptSrc: string;
}

/** The compact card for one event. */
export function eventCardDocument({ timeline, event, options, origin, dateText, scriptSrc }: EventCardInput): string {
  const href = escapeHtml(`${origin}${eventPermalink(timeline.slug, event.id)}`);
  const mention = event.mentions[0];
  const parts = mention ? sentenceParts(mention) : null;
  const quote = parts
    ? `<blockquote class="card-quote">${escapeHtml(parts.before)}<mark>${escapeHtml(parts.date)}</mark>${escapeHtml(parts.after)}</blockquote>`
    : mention
      ? `<blockquote class="card-quote">${escapeHtml(mention.sentence)}</blockquote>`
      : '';
  const names = [...event.people, ...event.places].slice(0, 6);
  const body =
    `<article class="embed card">` +
    `<p class="card-timeline"><a href="${escapeHtml(`${origin}${timelinePath(timeline.slug)}`)}">${escapeHtml(timeline.title)}</a></p>` +
    `<p class="card-date"><time datetime="${escapeHtml(event.date.start)}">${escapeHtml(dateText)}</time></p>` +
    `<h1 class="card-title"><a href="${href}">${escapeHtml(event.title)}</a></h1>` +
    (event.summary ? `<p>${escapeHtml(event.summary)}</p>` : quote) +
    (names.length ? `<p class="card-names">${names.map(escapeHtml).join(' · ')}</p>` : '') +
    `<p class="card-foot"><a class="embed-open" href="${href}">Open ↗</a></p>` +
    `</article>`;
  return documentShell({ lang: options.lang, title: event.title, theme: options.theme, styles: CHROME_CSS, body, scripts: [scriptSrc] });
}
