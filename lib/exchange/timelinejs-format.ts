import { EventId, Slug, TimelineJs, type Event, type NewEvent, type Timeline, type TimelineJsEvent } from '../model';
import { eventId, slugify, uniqueId } from '../extract/event-ids';
import { escapeHtml, htmlToText } from './html-text';
import { ImportError, type ImportedTimeline } from './imported-timeline';
import { fromTimelineJsDates, toTimelineJsDates } from './timelinejs-date';

/** A timeline in TimelineJS's JSON format, ready for `new TL.Timeline(element, data)`. */
export function timelineToTimelineJs(timeline: Timeline, events: Event[]): TimelineJs {
  return {
    title: { text: { headline: escapeHtml(timeline.title), text: escapeHtml(timeline.description) } },
    events: events.map((e) => ({
      unique_id: e.id,
      ...toTimelineJsDates(e.date),
      text: { headline: escapeHtml(e.title), text: escapeHtml(e.summary) },
      ...(e.tags[0] ? { group: e.tags[0] } : {}),
    })),
  };
}

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/** Where a slide sits, for error messages: TimelineJS users count slides from 1. */
function slideError(index: number, error: unknown): ImportError {
  const reason = error instanceof Error ? error.message : String(error);
  return new ImportError(`slide ${index + 1}: ${reason}`, { slide: index + 1 });
}

/**
 * TimelineJS slides as our events. They were written by people, so they come in as edited by hand, fully
 * confident; the slide's group becomes a tag; `unique_id` is kept as the id when it is a valid one.
 */
export function eventsFromSlides(slides: TimelineJsEvent[]): NewEvent[] {
  const taken = new Set<string>();
  return slides.map((slide, index) => {
    try {
      const date = fromTimelineJsDates(slide.start_date, slide.end_date);
      const title = cut(htmlToText(slide.text?.headline ?? '') || slide.display_date?.trim() || slide.start_date.display_date?.trim() || date.value, 200);
      const given = EventId.safeParse(slide.unique_id);
      const id = uniqueId(given.success ? given.data : eventId(date.value, title), taken);
      taken.add(id);
      const group = slide.group?.trim();
      return {
        id,
        title,
        summary: cut(htmlToText(slide.text?.text ?? ''), 5000),
        date,
        mentions: [],
        people: [],
        places: [],
        organizations: [],
        tags: group ? [group] : [],
        confidence: 1,
        editedByHand: true,
      };
    } catch (error) {
      throw slideError(index, error);
    }
  });
}

/** The slug and title a new timeline gets: those asked for, else the file's title. */
export function timelineNaming(fileTitle: string, wanted: { slug?: string; title?: string }): { slug: string; title: string } {
  const title = cut(wanted.title ?? (fileTitle || wanted.slug || ''), 200);
  const slug = wanted.slug ?? slugify(title).slice(0, 120).replace(/-+$/, '');
  if (!Slug.safeParse(slug).success) throw new ImportError('the file has no title to name the timeline by; give ?slug=');
  return { slug, title: title || slug };
}

/** A TimelineJS JSON file as a new timeline. */
export function timelineFromTimelineJs(value: unknown, wanted: { slug?: string; title?: string }): ImportedTimeline {
  const data = TimelineJs.parse(value);
  const naming = timelineNaming(htmlToText(data.title?.text?.headline ?? ''), wanted);
  return {
    timeline: { ...naming, description: cut(htmlToText(data.title?.text?.text ?? ''), 5000) },
    documents: [],
    events: eventsFromSlides(data.events),
  };
}
