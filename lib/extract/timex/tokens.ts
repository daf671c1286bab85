/**
 * One pass over the text that finds where each rule's trigger words are, so that a rule's full
 * pattern runs only next to them instead of over the whole text. A digit run counts as `#digit`,
 * one of exactly four digits also as `#year`, and one ending in "0s" ("1990s", "'60s") as `#decade`.
 */
import type { Rule } from './rule';
import { alternation } from './vocabulary';

export interface TriggerIndex {
  /** Text offsets of each rule's trigger words, in text order; one list per rule, in the rules' order. */
  offsets(ruleIndex: number): readonly number[];
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
  return (text) => {
    const lists: number[][] = rules.map(() => []);
    const add = (indices: readonly number[], at: number) => {
      for (const i of indices) {
        const list = lists[i];
        if (list[list.length - 1] !== at) list.push(at);
      }
    };
    scan.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = scan.exec(text)) !== null) {
      const word = m[0];
      const code = word.charCodeAt(word[0] === "'" ? 1 : 0);
      if (code >= 48 && code <= 57) {
        add(digitRules, m.index);
        if (word.length === 4 && word[0] !== "'") add(yearRules, m.index);
        if (/0'?s$/i.test(word)) add(decadeRules, m.index);
      } else {
        add(rulesOf.get(word.toLowerCase()) ?? [], m.index);
      }
    }
    return { offsets: (i) => lists[i] };
  };
}
