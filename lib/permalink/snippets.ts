import { escapeHtml } from './escape-html';

/** What a publisher pastes: where the embed lives (absolute), its size and an accessible title. */
export interface SnippetInput {
  src: string;
  title: string;
  height: number;
  /** The widest the iframe should grow; it shrinks to its container below that. */
  width?: number;
}

/** Marks the placeholders embed.js turns into iframes. */
export const EMBED_PLACEHOLDER_ATTRIBUTE = 'data-timeline-embed';

/** A plain iframe: works anywhere, with a fixed height. */
export function iframeSnippet({ src, title, height, width }: SnippetInput): string {
  const widthAttr = width === undefined ? '' : ` width="${width}"`;
  const maxWidth = width === undefined ? '100%' : `${width}px`;
  return (
    `<iframe src="${escapeHtml(src)}"${widthAttr} height="${height}" title="${escapeHtml(title)}" loading="lazy" ` +
    `style="border:0;width:100%;max-width:${maxWidth}"></iframe>`
  );
}

/**
 * A placeholder and the loader script: embed.js swaps the placeholder for the iframe and keeps the
 * iframe as tall as its content. The link inside, to the full page, is what readers without scripts get.
 */
export function scriptSnippet({ src, title, height }: SnippetInput, { loaderSrc, pageUrl }: { loaderSrc: string; pageUrl: string }): string {
  return (
    `<div ${EMBED_PLACEHOLDER_ATTRIBUTE} data-src="${escapeHtml(src)}" data-height="${height}">` +
    `<a href="${escapeHtml(pageUrl)}">${escapeHtml(title)}</a></div>\n` +
    `<script async src="${escapeHtml(loaderSrc)}"></script>`
  );
}
