/**
 * One pass over the text that finds where each rule's trigger words are, so that a rule's full
 * pattern runs only next to them instead of over the whole text. A digit run counts as `#digit`,
 * one of exactly four digits also as `#year`, one ending in "0s" ("1990s", "'60s") as `#decade`, one
 * before an ordinal's ending ("14th") as `#ordinal`, and one written right after a letter ("FY2025") as `#glued`.
 */
import type { Rule } from './rule';
import { alternation } from './vocabulary';

export interface TriggerIndex {
  /** Text offsets of each rule's trigger words, in text order; one list per rule, in the rules' order. */
  offsets(ruleIndex: number): readonly number[];
}

/** Tried right after a digit run (sticky): "14th", "1st". */
const ORDINAL_ENDING = /st|nd|rd|th/iy;
/** Whether a UTF-16 code is an ASCII letter (`NaN`, before the text, is not). */
const isLetter = (code: number) => (code | 32) >= 97 && (code | 32) <= 122;

/** Record a trigger at `at` for each of the rules `indices`, once per offset. */
function add(lists: number[][], indices: readonly number[], at: number): void {
  for (const i of indices) {
    const list = lists[i];
    if (list[list.length - 1] !== at) list.push(at);
  }
}

/** Compile, once, the scan that finds any rule's trigger word and the rules each word wakes. */
export function triggerScanner(rules: readonly Rule[]): (text: string) => TriggerIndex {
  const rulesOf = new Map<string, number[]>();
  rules.forEach((rule, i) => {
    for (const key of new Set(rule.triggers.map((t) => t.toLowerCase()))) rulesOf.set(key, [...(rulesOf.get(key) ?? []), i]);
  });
  const words = [...rulesOf.keys()].filter((k) => !k.startsWith('#'));
  // Digits first, then the words; `\b` on both sides so "day" does not fire inside "Sunday".
  const scan = new RegExp(`'?\\d+(?:'?s\\b)?|\\b(?:${alternation(words)})\\b`, 'gi');
  const digitRules = rulesOf.get('#digit') ?? [];
  const yearRules = rulesOf.get('#year') ?? [];
  const decadeRules = rulesOf.get('#decade') ?? [];
  const ordinalRules = rulesOf.get('#ordinal') ?? [];
  const gluedRules = rulesOf.get('#glued') ?? [];
  return (text) => {
    const lists: number[][] = rules.map(() => []);
    scan.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = scan.exec(text)) !== null) {
      const word = m[0];
      const code = word.charCodeAt(word[0] === "'" ? 1 : 0);
      if (code >= 48 && code <= 57) {
        add(lists, digitRules, m.index);
        if (word.length === 4 && word[0] !== "'") add(lists, yearRules, m.index);
        if (/0'?s$/i.test(word)) add(lists, decadeRules, m.index);
        ORDINAL_ENDING.lastIndex = m.index + word.length;
        if (ORDINAL_ENDING.test(text)) add(lists, ordinalRules, m.index);
        if (word[0] !== "'" && isLetter(text.charCodeAt(m.index - 1))) add(lists, gluedRules, m.index);
      } else {
        add(lists, rulesOf.get(word.toLowerCase()) ?? [], m.index);
      }
    }
    return {
      offsets(i) {
        return lists[i];
      },
    };
  };
}
