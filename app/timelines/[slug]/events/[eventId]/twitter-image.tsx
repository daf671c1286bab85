// The Twitter card shows the same image as Open Graph.
export { default, alt, size, contentType, dynamic } from './opengraph-image';
