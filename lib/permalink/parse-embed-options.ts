import { z } from 'zod';
import { DEFAULT_EMBED_LANG, EMBED_HEIGHT, EMBED_LANGS, EMBED_THEMES, type EmbedDisplay, type EmbedOptions } from './embed-options';
import { describeIssues, parseViewState, pickQuery, type Parsed, type QueryInput } from './parse-view-state';

const Height = z
  .string()
  .regex(/^\d{1,5}$/, 'expected a whole number of pixels')
  .transform(Number)
  .pipe(z.number().min(EMBED_HEIGHT.min).max(EMBED_HEIGHT.max));

/** The embed's own options; the view it shows comes from the view-state keys. */
export const EmbedDisplayQuery = z.object({
  theme: z.enum(EMBED_THEMES).default('auto'),
  height: Height.optional(),
  controls: z
    .enum(['show', 'hide'])
    .default('show')
    .transform((c) => c === 'show'),
  lang: z.enum(EMBED_LANGS).default(DEFAULT_EMBED_LANG),
}) satisfies z.ZodType<EmbedDisplay>;

const DISPLAY_KEYS = ['theme', 'height', 'controls', 'lang'] as const;

/** Reads an embed's options from its query string; unknown parameters are ignored, bad values are named. */
export function parseEmbedOptions(query: QueryInput): Parsed<EmbedOptions> {
  const view = parseViewState(query);
  const picked = pickQuery(query, DISPLAY_KEYS);
  if (!view.ok) return view;
  if (!picked.ok) return picked;
  const display = EmbedDisplayQuery.safeParse(picked.value);
  if (!display.success) return { ok: false, message: describeIssues(display.error) };
  return { ok: true, value: { ...view.value, ...display.data } };
}

