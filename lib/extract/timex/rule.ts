import type { Candidate } from './partial';

/** What a rule's `extract` returns: a candidate without its rule name, or `null` to reject the match. */
export type Extracted = Omit<Candidate, 'rule'> | null;

/** One tagging rule, chrono style: a pattern and a function that turns a match into a candidate. */
export interface Rule {
  name: string;
  /** Tried at word starts near a trigger (see `runRule`); compiled once and reused (JS is single-threaded). */
  pattern: RegExp;
  extract(match: RegExpExecArray, text: string): Extracted;
  /**
   * Lower-case words of which every match contains at least one (`#digit`, `#year`... for numbers: see tokens.ts).
   * The pattern runs only near them: most of a text has none, and a literal lookup is far cheaper.
   */
  triggers: readonly string[];
  /** How far before its trigger a match may start, when less than `REACH`: 0 for a pattern that opens on its trigger. */
  reach?: number;
}

/**
 * How far before its trigger word a match may start ("the fiscal 1989's first quarter"), and how far
 * past it the window goes. Every rule's trigger is a required word, so what follows it is short and
 * optional ("of 1990"); the exact match on the whole text then takes the full extent.
 */
const REACH = 80;
const AFTER = 48;
/** Context kept before a window so that look-behinds and `\b` see the real preceding characters. */
const LOOK_BEHIND = 24;

const sticky = new WeakMap<Rule, RegExp>();
function stickyPattern(rule: Rule): RegExp {
  let pattern = sticky.get(rule);
  if (!pattern) {
    pattern = new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', '') + 'y');
    sticky.set(rule, pattern);
  }
  return pattern;
}

/**
 * Every candidate a rule finds in `text`. The pattern scans only a short window around each trigger
 * word; each hit is then matched again in place on the whole text, so extents and look-arounds are
 * those of the full text. A failing `extract` (a bug in one rule) loses that match only, never the
 * whole document; a rejected match lets the scan retry one character later.
 */
export function runRule(rule: Rule, text: string, triggers: readonly number[]): Candidate[] {
  const found: Candidate[] = [];
  if (triggers.length === 0) return found;
  const scan = rule.pattern;
  const exact = stickyPattern(rule);
  let done = 0;
  for (const at of triggers) {
    if (at < done) continue;
    const from = Math.max(done, at - (rule.reach ?? REACH));
    const offset = Math.max(0, from - LOOK_BEHIND);
    const window = text.slice(offset, at + AFTER);
    scan.lastIndex = from - offset;
    let hit: RegExpExecArray | null;
    while ((hit = scan.exec(window)) !== null && hit.index + offset <= at) {
      exact.lastIndex = hit.index + offset;
      const match = exact.exec(text);
      let candidate: Extracted = null;
      try {
        candidate = match && rule.extract(match, text);
      } catch {
        candidate = null;
      }
      if (candidate && candidate.end > candidate.start) {
        found.push({ ...candidate, rule: rule.name });
        done = candidate.end;
        scan.lastIndex = Math.max(candidate.end - offset, hit.index + 1);
      } else {
        scan.lastIndex = hit.index + 1;
      }
    }
    done = Math.max(done, at + 1);
  }
  return found;
}
