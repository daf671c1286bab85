import { viewStateParams, type ViewState } from './view-state';

/** Languages an embed writes its dates in (date-fns locales; see local-date.ts). */
export const EMBED_LANGS = ['en-GB', 'en-US', 'de', 'es', 'fr', 'it', 'nl', 'pl', 'pt', 'sv'] as const;
export type EmbedLang = (typeof EMBED_LANGS)[number];
export const DEFAULT_EMBED_LANG: EmbedLang = 'en-GB';

export const EMBED_THEMES = ['auto', 'light', 'dark'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

/** Heights an embed may ask for, in CSS pixels; beyond these an iframe is either useless or a page of its own. */
export const EMBED_HEIGHT = { min: 120, max: 2000 } as const;

/** How an embed looks: theme, a fixed height (else it sizes to its content), overview and filters shown or not, date language. */
export interface EmbedDisplay {
  theme: EmbedTheme;
  height?: number;
  controls: boolean;
  lang: EmbedLang;
}

/** Everything an embed URL says: the view it opens on and how it looks. */
export type EmbedOptions = ViewState & EmbedDisplay;

export const DEFAULT_EMBED_OPTIONS: EmbedOptions = { lanes: 'none', theme: 'auto', controls: true, lang: DEFAULT_EMBED_LANG };

/** The embed's query string without the `?`, defaults left out, view keys first. */
export function serialiseEmbedOptions(options: EmbedOptions): string {
  const params = viewStateParams(options);
  if (options.theme !== 'auto') params.set('theme', options.theme);
  if (options.height !== undefined) params.set('height', String(options.height));
  if (!options.controls) params.set('controls', 'hide');
  if (options.lang !== DEFAULT_EMBED_LANG) params.set('lang', options.lang);
  return params.toString();
}
