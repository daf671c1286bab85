/**
 * One pass over the text that finds where each rule's trigger words are, so that a rule's full
 * pattern runs only next to them instead of over the whole text. Digit tokens also count as `#digit`,
 * and four-digit ones as `#year`.
 */
const TOKEN = /'?[A-Za-z0-9]+/g;

export interface Tokens {
  /** Start offset of every token, in order. */
  starts: number[];
  /** Token indices per trigger key, for the keys some rule asked for. */
  byKey: Map<string, number[]>;
}

export function tokenize(text: string, keys: ReadonlySet<string>): Tokens {
  const starts: number[] = [];
  const byKey = new Map<string, number[]>();
  const note = (key: string, index: number) => {
    if (!keys.has(key)) return;
    const list = byKey.get(key);
    if (list) list.push(index);
    else byKey.set(key, [index]);
  };
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    const index = starts.length;
    starts.push(m.index);
    const word = m[0];
    const first = word.charCodeAt(word[0] === "'" ? 1 : 0);
    if (first >= 48 && first <= 57) {
      note('#digit', index);
      if (word.length === 4 && /^\d{4}$/.test(word)) note('#year', index);
    } else {
      note(word.toLowerCase(), index);
    }
  }
  return { starts, byKey };
}
