import type { Candidate } from './partial';

/** What a rule's `extract` returns: a candidate without its rule name, or `null` to reject the match. */
export type Extracted = Omit<Candidate, 'rule'> | null;

/** One tagging rule, chrono style: a pattern and a function that turns a match into a candidate. */
export interface Rule {
  name: string;
  /** Must carry the `g` flag; rules scan the whole text with one regex each. */
  pattern: RegExp;
  extract(match: RegExpExecArray, text: string): Extracted;
}

/**
 * Every candidate a rule finds in `text`. A failing `extract` (a bug in one rule) loses that match
 * only, never the whole document; a rejected match lets the scan retry one character later.
 */
export function runRule(rule: Rule, text: string): Candidate[] {
  const found: Candidate[] = [];
  const pattern = new RegExp(rule.pattern.source, rule.pattern.flags);
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    let candidate: Extracted = null;
    try {
      candidate = rule.extract(match, text);
    } catch {
      candidate = null;
    }
    if (candidate && candidate.end > candidate.start) {
      found.push({ ...candidate, rule: rule.name });
      pattern.lastIndex = Math.max(candidate.end, match.index + 1);
    } else {
      pattern.lastIndex = match.index + 1;
    }
  }
  return found;
}
