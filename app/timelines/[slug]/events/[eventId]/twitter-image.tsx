// The Twitter card shows the same image as Open Graph. Segment config cannot be re-exported, so it is repeated.
export { default, alt, size, contentType } from './opengraph-image';
export const dynamic = 'force-dynamic';
