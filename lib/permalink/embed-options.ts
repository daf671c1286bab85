import { z } from 'zod';
import { describeIssues, parseViewState, pickQuery, type Parsed, type QueryInput } from './parse-view-state';
import { viewStateParams, type ViewState } from './view-state';

/**
 * Date-format languages an embed offers, each with the date-fns locale that formats its dates.
 * Every language gets its own renderer bundle (see lib/cli/build-embed.ts), so an embed loads one
 * locale, not all of them.
 */
export const EMBED_LOCALES = {
  'en-GB': 'enGB',
  'en-US': 'enUS',
  de: 'de',
  es: 'es',
  fr: 'fr',
  it: 'it',
  nl: 'nl',
  pl: 'pl',
  pt: 'pt',
  sv: 'sv',
} as const;
export type EmbedLang = keyof typeof EMBED_LOCALES;
export const EMBED_LANGS = Object.keys(EMBED_LOCALES) as EmbedLang[];
export const DEFAULT_EMBED_LANG: EmbedLang = 'en-GB';

export const EMBED_THEMES = ['auto', 'light', 'dark'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

/** Heights an embed may ask for, in CSS pixels; beyond these an iframe is either useless or a page of its own. */
export const EMBED_HEIGHT = { min: 120, max: 2000 } as const;

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
  lang: z.enum(EMBED_LANGS as [EmbedLang, ...EmbedLang[]]).default(DEFAULT_EMBED_LANG),
});
export type EmbedDisplay = z.infer<typeof EmbedDisplayQuery>;

/** Everything an embed URL says: the view, the theme, a fixed height (else it sizes to its content), overview and filters shown or not, date language. */
export type EmbedOptions = ViewState & EmbedDisplay;

const DISPLAY_KEYS = ['theme', 'height', 'controls', 'lang'] as const;

export const DEFAULT_EMBED_OPTIONS: EmbedOptions = { lanes: 'none', theme: 'auto', controls: true, lang: DEFAULT_EMBED_LANG };

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

/** The embed's query string without the `?`, defaults left out, view keys first. */
export function serialiseEmbedOptions(options: EmbedOptions): string {
  const params = viewStateParams(options);
  if (options.theme !== 'auto') params.set('theme', options.theme);
  if (options.height !== undefined) params.set('height', String(options.height));
  if (!options.controls) params.set('controls', 'hide');
  if (options.lang !== DEFAULT_EMBED_LANG) params.set('lang', options.lang);
  return params.toString();
}
