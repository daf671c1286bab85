/** Quotation marks: which open, which close, and the straight one that does either. */
const MARK = /``|''|["“”]/g;

/**
 * Whether `index` falls inside a quotation in its paragraph. Quoted speech speaks from its speaker's day: in a
 * history, "before this decade is out" said in 1961 is the 1960s, not the decade the history was written in.
 */
export function insideQuote(text: string, index: number): boolean {
  const paragraph = text.lastIndexOf('\n\n', index) + 1;
  let open = false;
  for (const m of text.slice(paragraph, index).matchAll(MARK)) open = m[0] === '"' ? !open : m[0] === '``' || m[0] === '“';
  return open;
}
