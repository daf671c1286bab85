import { z } from 'zod';

/**
 * TimelineJS 3's JSON format (https://timeline.knightlab.com/docs/json-format.html), as much of it as we
 * read and write. Objects are loose: TimelineJS files carry fields we do not use, and they must not fail.
 * Date parts come as numbers or numeric strings (the Google-Sheets template gives strings).
 */
const datePart = z.union([
  z.number().int().min(-1e9).max(1e9),
  z.string().trim().regex(/^-?\d{1,10}$/, 'expected a whole number').transform(Number),
]);
const optionalPart = z.union([datePart, z.literal('').transform(() => undefined), z.null().transform(() => undefined)]).optional();

export const TimelineJsDate = z.looseObject({
  year: datePart,
  month: optionalPart,
  day: optionalPart,
  hour: optionalPart,
  minute: optionalPart,
  second: optionalPart,
  millisecond: optionalPart,
  display_date: z.string().max(200).optional(),
});
export type TimelineJsDate = z.infer<typeof TimelineJsDate>;

export const TimelineJsText = z.looseObject({
  headline: z.string().max(2000).optional(),
  text: z.string().max(50_000).optional(),
});

export const TimelineJsMedia = z.looseObject({
  url: z.string().max(2000),
  caption: z.string().max(5000).optional(),
  credit: z.string().max(2000).optional(),
  thumbnail: z.string().max(2000).optional(),
});

export const TimelineJsSlide = z.looseObject({
  start_date: TimelineJsDate.optional(),
  end_date: TimelineJsDate.optional(),
  text: TimelineJsText.optional(),
  media: TimelineJsMedia.optional(),
  group: z.string().max(200).optional(),
  display_date: z.string().max(200).optional(),
  background: z.looseObject({ url: z.string().max(2000).optional(), color: z.string().max(50).optional() }).optional(),
  unique_id: z.string().max(200).optional(),
});
export type TimelineJsSlide = z.infer<typeof TimelineJsSlide>;

export const TimelineJsEvent = TimelineJsSlide.extend({ start_date: TimelineJsDate });
export type TimelineJsEvent = z.infer<typeof TimelineJsEvent>;

export const TimelineJs = z.looseObject({
  title: TimelineJsSlide.optional(),
  events: z.array(TimelineJsEvent).max(100_000),
  scale: z.enum(['human', 'cosmological']).optional(),
});
export type TimelineJs = z.infer<typeof TimelineJs>;

/** Column headings of the TimelineJS Google-Sheets template, in its order. */
export const TIMELINEJS_SHEET_COLUMNS = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Type',
  'Group',
  'Background',
] as const;
