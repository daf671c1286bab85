import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';

const BLOCKS = 'h1,h2,h3,h4,h5,h6,p,li,blockquote,figcaption,pre,td,th,dt,dd';

/**
 * The readable article in an HTML page: Mozilla's Readability drops scripts, navigation and
 * boilerplate; its blocks become paragraphs separated by blank lines, because sentence splitting
 * and captions rely on those breaks. Scripts never run: JSDOM is not asked to run them.
 */
export function htmlToArticle(html: string): { title: string; text: string } {
  const dom = new JSDOM(html);
  const fallbackTitle = dom.window.document.title.trim();
  const article = new Readability(dom.window.document).parse();
  const body = new JSDOM(article?.content ?? '').window.document;
  const blocks = [...body.querySelectorAll(BLOCKS)]
    // A block inside another block (a <p> in an <li>) is already counted by its parent.
    .filter((el) => !el.parentElement?.closest(BLOCKS))
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const text = blocks.length ? blocks.join('\n\n') : (article?.textContent ?? '').trim();
  return { title: (article?.title ?? fallbackTitle).trim(), text };
}
