const MAX_ID_CHARS = 80;

/** Lower-case ASCII words joined by single hyphens: "Zoë's café" -> "zoe-s-cafe". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A readable, stable event id: the TIMEX3 value, then the title's words, cut at a word to at most 80
 * characters. "2024-01-29" + "King Charles III leaves The London Clinic" ->
 * "2024-01-29-king-charles-iii-leaves-the-london-clinic". The same value and title always give the same id.
 */
export function eventId(value: string, title: string): string {
  const date = slugify(value) || 'undated';
  let id = `${date}-${slugify(title)}`.replace(/-+$/, '');
  if (id.length > MAX_ID_CHARS) {
    const lastWord = id.lastIndexOf('-', MAX_ID_CHARS);
    id = id.slice(0, lastWord > date.length ? lastWord : MAX_ID_CHARS);
  }
  return id.replace(/-+$/, '');
}

/** `id`, or `id-2`, `id-3`, ... : the first that is not taken. */
export function uniqueId(id: string, taken: ReadonlySet<string>): string {
  if (!taken.has(id)) return id;
  const stem = id.length > MAX_ID_CHARS - 4 ? id.slice(0, MAX_ID_CHARS - 4).replace(/-+$/, '') : id;
  for (let n = 2; ; n++) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
}
