// Entry for /embed.js: turns the placeholders of the script snippet into iframes and keeps each as tall as its content.
import { acceptHeightMessage } from '@/lib/permalink/height-message';
import { EMBED_PLACEHOLDER_ATTRIBUTE } from '@/lib/permalink/snippets';

interface Frame {
  origin: string;
  iframe: HTMLIFrameElement;
}

type LoaderWindow = Window & { timelineEmbeds?: { scan(): void } };

const FALLBACK_HEIGHT = 400;

function start(loaderOrigin: string): { scan(): void } {
  const frames: Frame[] = [];

  // Only embeds of the site that served this script: a placeholder cannot make it frame anything else.
  function upgrade(placeholder: HTMLElement) {
    placeholder.setAttribute(EMBED_PLACEHOLDER_ATTRIBUTE, 'ready');
    let src: URL;
    try {
      src = new URL(placeholder.dataset.src ?? '', loaderOrigin);
    } catch {
      return;
    }
    if (src.origin !== loaderOrigin || !src.pathname.startsWith('/embed/')) {
      console.warn(`Timeline embed: ${src.href} is not an embed of ${loaderOrigin}; left as a link.`);
      return;
    }
    const iframe = document.createElement('iframe');
    iframe.src = src.href;
    iframe.title = placeholder.textContent?.trim() || 'Timeline';
    iframe.loading = 'lazy';
    iframe.setAttribute('style', 'border:0;width:100%;display:block');
    iframe.style.height = `${Number(placeholder.dataset.height) || FALLBACK_HEIGHT}px`;
    placeholder.replaceChildren(iframe);
    frames.push({ origin: src.origin, iframe });
  }

  window.addEventListener('message', (event) => {
    for (const { origin, iframe } of frames) {
      const height = acceptHeightMessage(event, { origin, window: iframe.contentWindow });
      if (height !== null) iframe.style.height = `${height}px`;
    }
  });

  const scan = () => document.querySelectorAll<HTMLElement>(`[${EMBED_PLACEHOLDER_ATTRIBUTE}]:not([${EMBED_PLACEHOLDER_ATTRIBUTE}=ready])`).forEach(upgrade);
  return { scan };
}

// A page may paste the snippet several times: one listener, and each copy of the script rescans.
const host = window as LoaderWindow;
const script = document.currentScript as HTMLScriptElement | null;
host.timelineEmbeds ??= start(new URL(script?.src ?? window.location.href).origin);
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => host.timelineEmbeds?.scan());
else host.timelineEmbeds.scan();
