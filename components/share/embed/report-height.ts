import { heightMessage } from '@/lib/permalink/height-message';

/**
 * The origin of the page that frames this document, when the browser says: Chromium and Safari list
 * it in `location.ancestorOrigins`; otherwise the referrer's origin, which the framing page sent.
 */
function framingOrigin(): string {
  const ancestors = window.location.ancestorOrigins;
  if (ancestors && ancestors.length > 0 && ancestors[0] !== 'null') return ancestors[0];
  try {
    return new URL(document.referrer).origin;
  } catch {
    // No referrer (a strict referrer policy): a height is no secret, so any origin may have it.
    return '*';
  }
}

/**
 * Posts the document's height to the framing page now and whenever it changes, and nothing else.
 * Measures the body, not the viewport, so that growing the iframe never grows the height it reports.
 */
export function reportHeight(): void {
  if (window.parent === window) return;
  const target = framingOrigin();
  let last = 0;
  const send = () => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage(heightMessage(height), target);
  };
  new ResizeObserver(send).observe(document.body);
  send();
}
