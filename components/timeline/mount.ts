import { select, type Selection } from 'd3-selection';
import { zoom as d3zoom, zoomIdentity, zoomTransform, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import type { Event } from '@/lib/model';
import { axisLevels } from '@/lib/timeline/axis-levels';
import { shortDate } from '@/lib/timeline/date-in-words';
import { density } from '@/lib/timeline/density';
import { indexInOrder, lowerBound } from '@/lib/timeline/event-index';
import { keyAction } from '@/lib/timeline/key-actions';
import { layoutFrame, type FrameLayout, type LaneInput, type PlacedCluster } from '@/lib/timeline/frame-layout';
import { hitIndex, hitTest, type HitBox, type HitIndex } from '@/lib/timeline/hit-index';
import { groupLanes, LANE_MODES, type LaneMode } from '@/lib/timeline/lanes';
import { baseScale, paddedExtent, visibleScale, zoomForWindow, zoomLimits, type AxisZoom, type TimeScale } from '@/lib/timeline/scale';
import { matchesFilter, timelineData, type NameFilter, type TimelineData } from '@/lib/timeline/timeline-data';
import { renderPanel } from './details-panel';
import { el } from './dom';
import { drawAxis } from './draw-axis';
import { drawMarks } from './draw-marks';
import { legend } from './legend';
import { renderList } from './list-view';
import { labelEnd, markBox, rowOffset } from './mark-box';
import { createOverview, type Overview } from './overview';
import { readPalette, type Palette } from './palette';
import { horizontalGeometry, verticalGeometry, VERTICAL_AXIS, type PlotGeometry } from './plot-geometry';

/** A visible window as ISO instants, as callbacks report it and options accept it. */
export interface TimeWindow {
  from: string;
  to: string;
}

export interface TimelineOptions {
  /** `auto` (default) runs vertically when the element is narrower than 560 px. */
  orientation?: 'horizontal' | 'vertical' | 'auto';
  /** Height of the main view in CSS pixels; it grows when lanes need more room. */
  height?: number;
  /** Accessible name of the timeline. */
  label?: string;
  window?: TimeWindow | null;
  selectedId?: string | null;
  laneMode?: LaneMode;
  filter?: NameFilter;
  /** Where an event's permalink points; defaults to /timelines/[slug]/events/[id]. */
  permalink?: (event: Event) => string;
  onWindowChange?: (window: TimeWindow) => void;
  onSelect?: (eventId: string | null) => void;
  onLanesChange?: (mode: LaneMode) => void;
  onFilter?: (filter: NameFilter) => void;
}

export interface TimelineHandle {
  /** Replaces the events and/or changes options; work on unchanged events is reused. */
  update(events?: readonly Event[], options?: Partial<TimelineOptions>): void;
  destroy(): void;
}

const LANE_LABELS: Record<LaneMode, string> = { none: 'None', person: 'Person', place: 'Place', organization: 'Organisation', document: 'Document', tag: 'Tag' };
const MAX_LABEL_CHARS = 40;
/** Less room than this for a label (at the plot's edge) shows none rather than a lone letter. */
const MIN_LABEL_ROOM = 24;
const CLUSTER_WIDTH = 44;
const NARROW = 560;
/** Narrowest label column of a vertical timeline; labels are cut with an ellipsis to fit. */
const MIN_COLUMN = 120;

const defaultPermalink = (event: Event) => `/timelines/${event.timeline}/events/${encodeURIComponent(event.id)}`;

type Hit = { kind: 'mark'; event: number } | { kind: 'cluster'; from: number; to: number; count: number };

/**
 * Mounts an interactive timeline of `events` in `element` and returns a handle to update or remove it.
 * Framework-free: the React wrapper and the embed widget both use this.
 */
export function mount(element: HTMLElement, events: readonly Event[], initial: TimelineOptions = {}): TimelineHandle {
  performance.mark('timeline:mount-start');
  let options: TimelineOptions = { ...initial };
  let allEvents = events;
  let filter: NameFilter = { ...(options.filter ?? {}) };
  let laneMode: LaneMode = options.laneMode ?? 'none';
  let selectedId: string | null = options.selectedId ?? null;
  let focusedId: string | null = selectedId;
  const collapsed = new Set<string>();
  // All events, and the ones that pass the filter; the filtered data is derived from the full data, not rebuilt.
  let allData: TimelineData = timelineData(allEvents);
  let data: TimelineData = filtered(allData);
  let lanes: LaneInput[] = [];
  let extent: [number, number] = paddedExtent(...dataExtent(allData));
  let listOpen = false;
  let firstFrame = true;

  // ---- DOM ----
  const root = el('div', 'tl');
  const toolbar = el('div', 'tl-toolbar');
  toolbar.setAttribute('role', 'toolbar');
  toolbar.setAttribute('aria-label', 'Timeline controls');
  const laneSelect = el('select', 'tl-lanes');
  laneSelect.setAttribute('aria-label', 'Group events into lanes by');
  for (const mode of LANE_MODES) laneSelect.append(new Option(LANE_LABELS[mode], mode));
  const laneLabel = el('label', 'tl-field', 'Lanes ');
  laneLabel.append(laneSelect);
  const button = (text: string, label: string, cls = 'tl-button') => {
    const b = el('button', cls, text);
    b.type = 'button';
    b.setAttribute('aria-label', label);
    b.title = label;
    return b;
  };
  const zoomOut = button('−', 'Zoom out');
  const zoomIn = button('+', 'Zoom in');
  const fit = button('Fit', 'Fit: show all events');
  const listToggle = button('List', 'Show events as a list');
  listToggle.setAttribute('aria-pressed', 'false');
  const chip = el('span', 'tl-filter');
  chip.hidden = true;
  toolbar.append(laneLabel, zoomOut, zoomIn, fit, listToggle, chip);

  const body = el('div', 'tl-body');
  const plot = el('div', 'tl-plot');
  plot.tabIndex = 0;
  plot.setAttribute('role', 'application');
  plot.setAttribute('aria-roledescription', 'timeline');
  const help = el('p', 'tl-sr-only', 'Arrow keys move between events in time order, plus and minus zoom, Home and End jump to the first and last event, Enter opens the event, Escape closes it.');
  help.id = `tl-help-${Math.random().toString(36).slice(2)}`;
  plot.setAttribute('aria-describedby', help.id);
  const canvas = el('canvas', 'tl-canvas');
  canvas.setAttribute('aria-hidden', 'true');
  const svg = select(plot).append('svg').attr('class', 'tl-overlay').attr('aria-hidden', 'true');
  const axisGroup = svg.append('g').attr('class', 'tl-axis').node()!;
  const focusRing = svg.append('rect').attr('class', 'tl-focus-ring').attr('rx', 4).attr('visibility', 'hidden');
  const laneHeaders = el('div', 'tl-lane-headers');
  const tooltip = el('div', 'tl-tooltip');
  tooltip.setAttribute('role', 'tooltip');
  tooltip.hidden = true;
  plot.prepend(canvas);
  plot.append(laneHeaders, tooltip);
  const panel = el('aside', 'tl-panel');
  panel.setAttribute('aria-label', 'Event details');
  panel.hidden = true;
  const listView = el('div', 'tl-list');
  listView.hidden = true;
  const live = el('div', 'tl-sr-only');
  live.setAttribute('aria-live', 'polite');
  body.append(plot);
  root.append(toolbar, legend(), body, panel, listView, help, live);
  element.replaceChildren(root);

  const ctx = canvas.getContext('2d')!;
  let palette: Palette = readPalette(root);
  const measureContext = document.createElement('canvas').getContext('2d')!;
  measureContext.font = palette.font;
  const textWidths = new Map<string, number>();
  const measureText = (text: string) => {
    let w = textWidths.get(text);
    if (w === undefined) textWidths.set(text, (w = measureContext.measureText(text).width));
    return w;
  };
  const labelOf = (e: number) => {
    const title = data.events[e].title;
    return title.length > MAX_LABEL_CHARS ? `${title.slice(0, MAX_LABEL_CHARS - 1)}…` : title;
  };
  /** A label cut with an ellipsis to fit `max` pixels (a vertical column, the room left before the edge); estimated from its measured width. */
  const fitLabel = (e: number, max: number) => {
    const label = labelOf(e);
    const w = labelWidth(e);
    if (w <= max) return label;
    if (max < MIN_LABEL_ROOM) return '';
    return `${label.slice(0, Math.max(1, Math.floor((label.length * max) / w) - 1)).trimEnd()}…`;
  };
  const labelWidths = new WeakMap<Event, number>();
  const labelWidth = (e: number) => {
    const event = data.events[e];
    let w = labelWidths.get(event);
    if (w === undefined) labelWidths.set(event, (w = measureContext.measureText(labelOf(e)).width));
    return w;
  };

  // ---- geometry and zoom ----
  let geometry: PlotGeometry = horizontalGeometry(false);
  let width = 0;
  let height = 0;
  let timeLength = 1;
  let rowsPerLane = 1;
  let base: TimeScale = baseScale(extent, 1);
  let overview: Overview | undefined;
  let layout: FrameLayout | undefined;
  let hits: HitIndex<Hit> | undefined;
  let pending = 0;
  let brushing = false;
  let lastReported: TimeWindow | undefined;

  const plotSelection = select(plot) as Selection<HTMLDivElement, unknown, null, undefined>;
  const zoomBehavior: ZoomBehavior<HTMLDivElement, unknown> = d3zoom<HTMLDivElement, unknown>()
    // A sideways trackpad swipe pans (below) instead of zooming; everything else is d3-zoom's default.
    .filter((e: globalThis.Event) => {
      if (e.type === 'wheel') return !sideways(e as WheelEvent);
      return (!(e as MouseEvent).ctrlKey || e.type === 'wheel') && !(e as MouseEvent).button;
    })
    .on('zoom', () => {
      tooltip.hidden = true;
      schedule();
    })
    .on('end', () => {
      const w = visibleWindow();
      if (w.from === lastReported?.from && w.to === lastReported.to) return;
      lastReported = w;
      options.onWindowChange?.(w);
    });
  plotSelection.call(zoomBehavior);
  const sideways = (e: WheelEvent) => Math.abs(e.deltaX) > Math.abs(e.deltaY);
  plot.addEventListener('wheel', (e) => {
    if (!sideways(e) || geometry.vertical) return;
    e.preventDefault();
    plotSelection.call(zoomBehavior.translateBy, -e.deltaX / zoomTransform(plot).k, 0);
  });

  const axisZoom = (t: ZoomTransform): AxisZoom => ({ k: t.k, offset: geometry.vertical ? t.y : t.x });
  const transformOf = (z: AxisZoom) => (geometry.vertical ? zoomIdentity.translate(0, z.offset).scale(z.k) : zoomIdentity.translate(z.offset, 0).scale(z.k));
  const currentScale = () => visibleScale(base, axisZoom(zoomTransform(plot)));
  function visibleWindow(): TimeWindow {
    const [a, b] = currentScale().domain();
    return { from: a.toISOString(), to: b.toISOString() };
  }
  /** Whether the view already shows `w` (to a thousandth of its span), so a host echoing our own report back changes nothing. */
  function showsWindow(w: TimeWindow): boolean {
    const [a, b] = currentScale().domain().map(Number);
    const slack = (b - a) / 1000;
    return Math.abs(Date.parse(w.from) - a) <= slack && Math.abs(Date.parse(w.to) - b) <= slack;
  }

  function showWindow(from: number, to: number) {
    plotSelection.call(zoomBehavior.transform, transformOf(zoomForWindow(base, from, to)));
  }

  function isVertical() {
    const o = options.orientation ?? 'auto';
    return o === 'vertical' || (o === 'auto' && element.clientWidth > 0 && element.clientWidth < NARROW);
  }

  /** Sizes everything for the element's width, keeping the visible window. */
  function resize(keepWindow = true) {
    const window0 = keepWindow && width ? currentScale().domain().map(Number) : null;
    const vertical = isVertical();
    const orientationChanged = !overview || vertical !== geometry.vertical;
    width = Math.max(200, element.clientWidth);
    rebuildLanes(vertical ? Math.max(1, Math.floor((width - VERTICAL_AXIS - 48) / (MIN_COLUMN + 44))) : 8);
    const laneCount = Math.max(1, lanes.length);
    const expanded = lanes.filter((l) => !collapsed.has(l.key)).length;
    if (vertical) {
      height = options.height ?? Math.max(480, Math.round(window.innerHeight * 0.75));
      const perLane = (width - VERTICAL_AXIS - 48) / laneCount - 44;
      rowsPerLane = Math.max(1, Math.floor(perLane / 150));
      geometry = verticalGeometry(Math.max(MIN_COLUMN, Math.min(220, Math.floor(perLane / rowsPerLane))));
      timeLength = height;
    } else {
      geometry = horizontalGeometry(laneMode !== 'none');
      const fixed = laneCount * (geometry.headerSize + geometry.clusterRowSize);
      const wanted = options.height ?? 420;
      rowsPerLane = expanded ? Math.max(1, Math.floor((wanted - geometry.axisSize - fixed) / expanded / geometry.rowSize)) : 0;
      height = Math.max(wanted, geometry.axisSize + fixed + expanded * rowsPerLane * geometry.rowSize);
      timeLength = width;
    }
    root.dataset.orientation = vertical ? 'vertical' : 'horizontal';
    const plotWidth = vertical ? width - 48 : width;
    plot.style.height = `${height}px`;
    plot.style.width = `${plotWidth}px`;
    const dpr = window.devicePixelRatio || 1;
    canvas.width = Math.round(plotWidth * dpr);
    canvas.height = Math.round(height * dpr);
    canvas.style.width = `${plotWidth}px`;
    canvas.style.height = `${height}px`;
    svg.attr('width', plotWidth).attr('height', height);

    base = baseScale(extent, timeLength);
    const size: [[number, number], [number, number]] = [
      [0, 0],
      [plotWidth, height],
    ];
    zoomBehavior.extent(size).translateExtent(size).scaleExtent(zoomLimits(extent));
    if (orientationChanged) {
      overview?.destroy();
      overview = createOverview(vertical, onBrush);
      body.append(overview.element);
    }
    overview!.resize(timeLength, vertical ? 48 : 44);
    drawDensity();
    placeLaneHeaders();
    const w = window0 ?? (options.window ? [Date.parse(options.window.from), Date.parse(options.window.to)] : extent);
    showWindow(w[0], w[1]);
    schedule();
  }

  function onBrush(from: number, to: number) {
    brushing = true;
    showWindow(+base.invert(from), +base.invert(to));
    brushing = false;
  }

  function drawDensity() {
    if (!overview) return;
    overview.drawDensity(density(data.markStart, extent[0], extent[1], Math.max(1, Math.floor(timeLength / 3))), palette);
  }

  // ---- data ----
  /** Groups the data into lanes; vertical timelines fit fewer lanes side by side, so they ask for fewer. */
  function rebuildLanes(maxLanes: number) {
    lanes = groupLanes(data.events, data.index.order, laneMode, maxLanes).map((lane) => ({
      key: lane.key,
      label: lane.label,
      index: lane.members === data.index.order ? data.index : indexInOrder(lane.members, data.markStart, data.markEnd),
    }));
  }

  function filtered(all: TimelineData): TimelineData {
    return Object.values(filter).some(Boolean) ? timelineData(all.events.filter((e) => matchesFilter(e, filter)), all) : all;
  }

  function setData(nextAll: readonly Event[]) {
    if (nextAll !== allEvents) {
      allEvents = nextAll;
      allData = timelineData(allEvents, allData);
      extent = paddedExtent(...dataExtent(allData));
    }
    data = filtered(allData);
    namePlot();
    chip.hidden = !filterText();
    chip.replaceChildren();
    if (!chip.hidden) {
      const clear = button('×', 'Clear filter', 'tl-chip-clear');
      clear.addEventListener('click', () => setFilter({}));
      chip.append(`${filterText()} (${data.events.length.toLocaleString('en')})`, clear);
    }
    if (listOpen) renderList(listView, data.events, data.index.order, openEvent);
    resize(true);
  }

  function namePlot() {
    plot.setAttribute('aria-label', `${options.label ?? 'Timeline'}, ${data.events.length.toLocaleString('en')} events`);
  }

  function filterText(f: NameFilter = filter) {
    const parts = Object.entries(f)
      .filter(([, v]) => v)
      .map(([k, v]) => `${k}: ${v}`);
    return parts.join(', ');
  }

  function setFilter(next: NameFilter) {
    filter = { ...next };
    setData(allEvents);
    options.onFilter?.(filter);
  }

  function setLaneMode(mode: LaneMode, report = true) {
    laneMode = mode;
    laneSelect.value = mode;
    collapsed.clear();
    resize(true);
    if (report) options.onLanesChange?.(mode);
  }

  function placeLaneHeaders() {
    laneHeaders.replaceChildren();
    if (laneMode === 'none') return;
    const frame = layoutFrame(frameInput(currentScale()));
    frame.lanes.forEach((lane) => {
      const b = el('button', 'tl-lane-toggle', `${lane.collapsed ? '▸' : '▾'} ${lane.label} (${lane.count.toLocaleString('en')})`);
      b.type = 'button';
      b.setAttribute('aria-expanded', String(!lane.collapsed));
      b.title = `${lane.collapsed ? 'Expand' : 'Collapse'} lane ${lane.label}`;
      const [x, y] = geometry.point(0, lane.offset);
      if (geometry.vertical) b.style.left = `${x}px`;
      else b.style.top = `${y}px`;
      b.addEventListener('click', () => {
        if (collapsed.has(lane.key)) collapsed.delete(lane.key);
        else collapsed.add(lane.key);
        resize(true);
      });
      laneHeaders.append(b);
    });
  }

  // ---- frame ----
  function frameInput(scale: TimeScale) {
    return {
      lanes,
      collapsed,
      scale,
      rowSize: geometry.rowSize,
      headerSize: geometry.headerSize,
      clusterRowSize: geometry.clusterRowSize,
      rowsPerLane,
      labelEnd: (e: number, t0: number, t1: number) => labelEnd(geometry, t0, t1, data.kind[e] === 0, labelWidth(e)),
      clusterWidth: CLUSTER_WIDTH,
    };
  }

  function schedule() {
    if (!pending) pending = requestAnimationFrame(frame);
  }

  function frame() {
    pending = 0;
    const scale = currentScale();
    const measureMinor = geometry.vertical ? () => 14 : measureText;
    const axis = axisLevels(scale, measureMinor, 8, measureText);
    layout = layoutFrame(frameInput(scale));
    hits = undefined;
    const dpr = window.devicePixelRatio || 1;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    const selected = selectedId ? indexOfId(selectedId) : -1;
    drawMarks(ctx, {
      layout,
      data,
      geometry,
      palette,
      width: canvas.width / dpr,
      height: canvas.height / dpr,
      timeLength,
      minorTicks: axis.minor.map((t) => t.pos),
      majorTicks: axis.major.filter((t) => t.pos > 0).map((t) => t.pos),
      label: geometry.vertical ? (e: number) => fitLabel(e, geometry.rowSize - 26) : (e: number, room?: number) => (room === undefined ? labelOf(e) : fitLabel(e, room)),
      selected,
    });
    drawAxis(axisGroup, axis, geometry, timeLength);
    drawFocusRing();
    if (overview && !brushing) {
      const [a, b] = scale.domain();
      overview.showWindow(base(a), base(b));
    }
    if (firstFrame) {
      firstFrame = false;
      performance.mark('timeline:first-render');
      performance.measure('timeline:first-render', 'timeline:mount-start', 'timeline:first-render');
      root.dataset.ready = 'true';
    }
  }

  // ---- hit testing, tooltip, selection ----
  function hitBoxes(): HitIndex<Hit> {
    if (hits) return hits;
    const boxes: HitBox<Hit>[] = [];
    if (layout) {
      for (const m of layout.marks) {
        const lane = layout.lanes[m.lane];
        const box = markBox(geometry, lane, m, data.kind[m.event] === 0, labelWidth(m.event));
        boxes.push({ ...box, item: { kind: 'mark', event: m.event } });
      }
      for (const c of layout.clusters) {
        const box = clusterBox(c);
        boxes.push({ ...box, item: c.count === 1 ? { kind: 'mark', event: c.first } : { kind: 'cluster', from: c.t0, to: Math.max(c.t1, c.end), count: c.count } });
      }
    }
    return (hits = hitIndex(boxes));
  }

  /** The screen box of a cluster: its pill, or for a cluster of one, its event's mark. */
  function clusterBox(c: PlacedCluster) {
    const across = rowOffset(geometry, layout!.lanes[c.lane], c.row);
    if (c.count === 1) {
      const [x0, y0] = geometry.point(c.t0 - 6, across + 1);
      const [x1, y1] = geometry.point(Math.max(c.end, c.t0) + 6, across + 14);
      return { x0, y0, x1, y1 };
    }
    const [x, y] = geometry.point(Math.max(0, c.t0), across + 3);
    return { x0: x, y0: y, x1: x + CLUSTER_WIDTH - 6, y1: y + 17 };
  }

  function pointerAt(e: MouseEvent): Hit | undefined {
    const r = plot.getBoundingClientRect();
    return hitTest(hitBoxes(), e.clientX - r.left, e.clientY - r.top)?.item;
  }

  /** Event number of an id in the current data; the lookup table is built on first use after each data change. */
  let numberOfId: Map<string, number> | undefined;
  let numberedData: TimelineData | undefined;
  function indexOfId(id: string): number {
    if (numberedData !== data) {
      numberedData = data;
      numberOfId = new Map(data.events.map((e, i) => [e.id, i]));
    }
    return numberOfId!.get(id) ?? -1;
  }

  plot.addEventListener('pointermove', (e) => {
    if (e.buttons) return;
    const hit = pointerAt(e);
    plot.style.cursor = hit ? 'pointer' : '';
    if (!hit) {
      tooltip.hidden = true;
      return;
    }
    if (hit.kind === 'mark') {
      const event = data.events[hit.event];
      tooltip.replaceChildren(el('strong', '', event.title), el('span', '', shortDate(event.date)));
    } else {
      tooltip.replaceChildren(el('strong', '', `${hit.count.toLocaleString('en')} events`), el('span', '', 'Click to zoom in'));
    }
    const r = plot.getBoundingClientRect();
    tooltip.hidden = false;
    const x = Math.min(e.clientX - r.left + 14, r.width - tooltip.offsetWidth - 4);
    const y = e.clientY - r.top + 16 + tooltip.offsetHeight > r.height ? e.clientY - r.top - tooltip.offsetHeight - 10 : e.clientY - r.top + 16;
    tooltip.style.transform = `translate(${Math.max(0, x)}px, ${y}px)`;
  });
  plot.addEventListener('pointerleave', () => (tooltip.hidden = true));
  plot.addEventListener('click', (e) => {
    const hit = pointerAt(e);
    if (!hit) return;
    if (hit.kind === 'mark') openEvent(hit.event);
    else expandCluster(hit.from, hit.to);
  });

  /** Zooms to the stretch a cluster covers (pixel extent at the current zoom), so its events get rows. */
  function expandCluster(from: number, to: number) {
    const scale = currentScale();
    const a = +scale.invert(from);
    const b = +scale.invert(Math.max(to, from + 1));
    const pad = Math.max((b - a) * 0.1, 3_600_000);
    showWindow(a - pad, b + pad);
  }

  function fillPanel(event: Event) {
    renderPanel(panel, event, {
      close: closePanel,
      filter: setFilter,
      permalink: options.permalink ?? defaultPermalink,
    });
  }

  function openEvent(e: number) {
    const event = data.events[e];
    selectedId = focusedId = event.id;
    fillPanel(event);
    panel.hidden = false;
    announce(e);
    schedule();
    options.onSelect?.(event.id);
  }

  function closePanel() {
    if (panel.hidden) return;
    panel.hidden = true;
    selectedId = null;
    schedule();
    if (!listOpen) plot.focus();
    options.onSelect?.(null);
  }

  // ---- keyboard ----
  function orderPosition(id: string | null): number {
    if (!id) return -1;
    const e = indexOfId(id);
    if (e < 0) return -1;
    const order = data.index.order;
    for (let i = lowerBound(data.index.start, data.markStart[e]); i < order.length; i++) if (order[i] === e) return i;
    return -1;
  }

  function focusAt(position: number) {
    const order = data.index.order;
    if (!order.length) return;
    const p = Math.max(0, Math.min(order.length - 1, position));
    const e = order[p];
    focusedId = data.events[e].id;
    const scale = currentScale();
    const [d0, d1] = scale.domain().map(Number);
    if (data.markStart[e] < d0 || data.markStart[e] > d1) {
      const t = zoomTransform(plot);
      // Clamped as zoomForWindow clamps, so the view never leaves the data and a shared window reopens as it was.
      const offset = Math.min(0, Math.max(timeLength - timeLength * t.k, timeLength / 2 - base(data.markStart[e]) * t.k));
      plotSelection.call(zoomBehavior.transform, transformOf({ k: t.k, offset }));
    }
    announce(e, p);
    schedule();
  }

  function announce(e: number, position = orderPosition(data.events[e].id)) {
    const event = data.events[e];
    live.textContent = `${event.title}, ${shortDate(event.date)}. Event ${position + 1} of ${data.events.length.toLocaleString('en')}.`;
  }

  function zoomBy(factor: number) {
    const focused = focusedId ? indexOfId(focusedId) : -1;
    const t = zoomTransform(plot);
    const centre = focused >= 0 ? t.k * base(data.markStart[focused]) + (geometry.vertical ? t.y : t.x) : timeLength / 2;
    const p: [number, number] = geometry.vertical ? [0, centre] : [centre, 0];
    plotSelection.call(zoomBehavior.scaleBy, factor, p);
  }

  plot.addEventListener('keydown', (e) => {
    const action = keyAction(e.key);
    if (!action || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    const position = orderPosition(focusedId);
    const firstInView = () => lowerBound(data.index.start, +currentScale().domain()[0]);
    switch (action) {
      case 'next':
        return focusAt(position < 0 ? firstInView() : position + 1);
      case 'previous':
        return focusAt(position < 0 ? firstInView() : position - 1);
      case 'first':
        return focusAt(0);
      case 'last':
        return focusAt(data.index.order.length - 1);
      case 'zoomIn':
        return zoomBy(2);
      case 'zoomOut':
        return zoomBy(0.5);
      case 'open': {
        const target = focusedId ? indexOfId(focusedId) : -1;
        if (target >= 0) openEvent(target);
        return;
      }
      case 'close':
        return closePanel();
    }
  });
  plot.addEventListener('focus', () => schedule());
  plot.addEventListener('blur', () => focusRing.attr('visibility', 'hidden'));
  panel.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') closePanel();
  });

  function drawFocusRing() {
    const e = focusedId ? indexOfId(focusedId) : -1;
    if (e < 0 || !layout || document.activeElement !== plot) {
      focusRing.attr('visibility', 'hidden');
      return;
    }
    const mark = layout.marks.find((m) => m.event === e);
    let box: { x0: number; y0: number; x1: number; y1: number } | undefined;
    if (mark) box = markBox(geometry, layout.lanes[mark.lane], mark, data.kind[e] === 0, labelWidth(e));
    else {
      // Not placed: outline the cluster on its lane that covers its start, if any.
      const t = currentScale()(data.markStart[e]);
      const c = layout.clusters.find((cl) => (cl.count === 1 ? cl.first === e : t >= cl.t0 - 1 && t <= cl.t1 + 1) && lanes[cl.lane].index.order.includes(e));
      if (c) box = clusterBox(c);
    }
    if (!box) return void focusRing.attr('visibility', 'hidden');
    focusRing
      .attr('visibility', 'visible')
      .attr('x', box.x0 - 3)
      .attr('y', box.y0 - 2)
      .attr('width', box.x1 - box.x0 + 6)
      .attr('height', box.y1 - box.y0 + 4);
  }

  // ---- toolbar ----
  laneSelect.addEventListener('change', () => setLaneMode(laneSelect.value as LaneMode));
  zoomIn.addEventListener('click', () => zoomBy(2));
  zoomOut.addEventListener('click', () => zoomBy(0.5));
  fit.addEventListener('click', () => showWindow(extent[0], extent[1]));
  listToggle.addEventListener('click', () => {
    listOpen = !listOpen;
    listToggle.setAttribute('aria-pressed', String(listOpen));
    listToggle.textContent = listOpen ? 'Timeline' : 'List';
    listToggle.setAttribute('aria-label', listOpen ? 'Show the timeline' : 'Show events as a list');
    body.hidden = listOpen;
    listView.hidden = !listOpen;
    if (listOpen) renderList(listView, data.events, data.index.order, openEvent);
    else resize(true);
  });

  // ---- theme and size ----
  const refreshPalette = () => {
    palette = readPalette(root);
    measureContext.font = palette.font;
    drawDensity();
    schedule();
  };
  const scheme = window.matchMedia?.('(prefers-color-scheme: dark)');
  scheme?.addEventListener('change', refreshPalette);
  const themeObserver = new MutationObserver(refreshPalette);
  themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['class', 'data-theme', 'style'] });
  let lastWidth = element.clientWidth;
  const sizeObserver = new ResizeObserver(() => {
    if (element.clientWidth === lastWidth) return;
    lastWidth = element.clientWidth;
    resize(true);
  });
  sizeObserver.observe(element);

  // ---- start ----
  laneSelect.value = laneMode;
  namePlot();
  resize(false);
  if (selectedId) {
    const e = indexOfId(selectedId);
    if (e >= 0) openEvent(e);
  }

  return {
    update(nextEvents, next = {}) {
      options = { ...options, ...next };
      const filterChanged = next.filter !== undefined && filterText(next.filter) !== filterText(filter);
      if (filterChanged) filter = { ...next.filter };
      if (nextEvents || filterChanged) setData(nextEvents ?? allEvents);
      // An open panel shows the event as it is now (an editor may just have changed it).
      if (nextEvents && selectedId && !panel.hidden) {
        const e = indexOfId(selectedId);
        if (e >= 0) fillPanel(data.events[e]);
      }
      if (next.laneMode && next.laneMode !== laneMode) setLaneMode(next.laneMode, false);
      if (next.orientation || next.height) resize(true);
      if (next.window && !showsWindow(next.window)) showWindow(Date.parse(next.window.from), Date.parse(next.window.to));
      if (next.selectedId !== undefined && next.selectedId !== selectedId) {
        const e = next.selectedId ? indexOfId(next.selectedId) : -1;
        if (e >= 0) openEvent(e);
        else closePanel();
      }
    },
    destroy() {
      if (pending) cancelAnimationFrame(pending);
      sizeObserver.disconnect();
      themeObserver.disconnect();
      scheme?.removeEventListener('change', refreshPalette);
      plotSelection.on('.zoom', null);
      overview?.destroy();
      root.remove();
    },
  };
}

/** The time extent of the data, or the last ten years when there is nothing to show. */
function dataExtent(data: TimelineData): [number, number] {
  if (data.events.length) return data.extent;
  const now = Date.now();
  return [now - 10 * 365.25 * 86_400_000, now];
}
