/**
 * A light tense cue for the verb governing an expression: the nearest future marker (will, 'll,
 * going to, plans to...) or past verb form (was, said, met, -ed) in the same clause. Enough to tell
 * "met on Wednesday" from "will meet on Wednesday" without a parser.
 */
import type { Direction } from './partial';

// Word sets rather than patterns: every word near every expression is looked up. Matched as written (lower case).
const FUTURE = new Set(
  "will 'll shall wo going plan plans planned planning scheduled expected forecast due intend intends hope hopes tomorrow until till would".split(' '),
);
const PAST = new Set(
  ('was were had did said told met went came saw made took gave left got won lost held sold bought spent fell rose began led paid ' +
    'put ran found thought brought wrote spoke flew knew became hit kept sent built struck broke chose drew fought caught meant felt ' +
    'heard stood understood ago yesterday last earlier previously announced agreed reported died killed').split(' '),
);
/** Words ending in -ed that are not past verbs ("-eed" ones are handled apart: succeed, proceed, exceed...). */
const NOT_PAST = new Set(['red', 'bed', 'hundred', 'shed', 'united', 'limited', 'based', 'related', 'expected', 'scheduled', 'planned', 'proposed']);
/** The few "-eed" words that are past tenses. */
const PAST_EED = new Set(['agreed', 'freed', 'guaranteed', 'decreed', 'disagreed']);
const isPastForm = (w: string) => PAST.has(w) || (w.length > 4 && w.endsWith('ed') && !NOT_PAST.has(w) && (!w.endsWith('eed') || PAST_EED.has(w)));
/**
 * Words, and the punctuation that ends a clause. Quotation marks and brackets count: in
 * `"He will leave at 4 a.m. Thursday," Castro said` the quote's verb governs, not the attribution's. A decimal
 * point ("will rise 4.6% in March") ends nothing.
 */
const TOKEN = /[A-Za-z][A-Za-z'’]*|\.(?!\d)|[!?;\n"“”()]|''|``/g;
/** Words a full stop follows without ending the sentence: "Daniel P. Davison", "Mr. Bush", "U.S.", "a.m.". */
const ABBREVIATION = /^(?:[A-Za-z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Prof|Inc|Corp|Co|Ltd|No|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$/;
const isLetter = (code: number) => ((code | 32) >= 97 && (code | 32) <= 122);
const isBoundary = (token: string, previous: string) => !isLetter(token.charCodeAt(0)) && !(token === '.' && ABBREVIATION.test(previous));
const WINDOW = 80;

/** "was expected", "had been due": a plan seen from the past is past. */
const PAST_AUXILIARY = /^(?:was|were|had|been)$/i;

/** "will be held", "would have met": a participle in a future verb chain is not a past tense. */
const MODAL = /^(?:will|would|shall|'ll|going)$/i;

/**
 * "could fall by Wednesday", "may close Friday", "should clear by Sunday": a possibility or an expectation is still
 * ahead, even under a past "warned that".
 * Lower case only: "May" is a month. "could have fallen" looks back, and "could not be reached", "could be located
 * Wednesday" are a report's past. After the expression a possibility heads another clause (see HEADS_NEXT).
 */
const POSSIBILITY = new Set(['could', 'might', 'may', 'should']);
const POSSIBLE_AHEAD = /\s+(?!have\b|not\b|never\b|be\b)[a-z]/y;

/** Forms of "be" that carry no past: a participle after them is a present or infinitive passive. */
const PRESENT_PASSIVE = /^(?:is|are|am|be|being)$/i;

/**
 * "un-" with "-ed" is an adjective ("markets untouched by the crisis", "an undisclosed sum"), never a finite
 * verb, except for the verbs that undo something and the "under-" verbs ("undermined").
 */
const UN_VERBS = new Set(['unveiled', 'unleashed', 'uncovered', 'unearthed', 'unloaded', 'unlocked', 'unfolded', 'unraveled', 'unravelled', 'unseated', 'unplugged', 'unwrapped', 'unmasked', 'unsealed', 'unnerved', 'unified']);
const isUnAdjective = (w: string) => w.startsWith('un') && !w.startsWith('under') && w.endsWith('ed') && !UN_VERBS.has(w);

/**
 * Words of intent are future only as verbs of a plan: "plans to", "hopes for", "is expected", "are forecast to". Alone
 * they are nouns or a plain past: "vacation plans", "announced the plan Aug. 21", "fell faster than the Bank expected".
 */
const INTENT = /^(?:plans?|hopes?|intends?|expected|forecast)$/;
const PLAN_FOLLOWS = /\s+(?:to|for)\b/y;
/** "the ruling, expected Tuesday": the participle right before the expression; "announced plans Monday to ..." is a noun. */
const EXPECTED_RIGHT_BEFORE = /\s*(?:on\s+)?$/y;
const BE_PRESENT = /^(?:is|are|am|be|being|'s)$/i;
function isPlan(word: string, previous: string, source: string, end: number): boolean {
  if (!INTENT.test(word) || BE_PRESENT.test(previous) || PAST_AUXILIARY.test(previous)) return true;
  PLAN_FOLLOWS.lastIndex = end;
  if (PLAN_FOLLOWS.test(source)) return true;
  EXPECTED_RIGHT_BEFORE.lastIndex = end;
  return word === 'expected' && EXPECTED_RIGHT_BEFORE.test(source);
}

/** "was going to", "were planning to": an intention under way, still ahead when told, unlike "was expected" or "had been due". */
const PROGRESSIVE_INTENT = /^(?:going|planning)$/;

/**
 * A participle right after a determiner is an adjective, not a verb: "the reduced dividend", "a scheduled stop", "its revised forecast".
 * So is a timetable verb a noun there: "there was no play on Sunday", "the meet on Friday".
 */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'our', 'your', 'my', 'no']);

function cue(word: string, previous: string, beforePrevious: string, source: string, end: number): Direction | undefined {
  if (DETERMINERS.has(previous.toLowerCase())) return undefined;
  // Capitalised "Will" mid-text is more often a name than the modal.
  if (FUTURE.has(word)) {
    if (!isPlan(word, previous, source, end)) return undefined;
    return PAST_AUXILIARY.test(previous) && !PROGRESSIVE_INTENT.test(word) ? -1 : 1;
  }
  if (/['’]ll$/i.test(word)) return 1;
  if (POSSIBILITY.has(word)) {
    POSSIBLE_AHEAD.lastIndex = end;
    return POSSIBLE_AHEAD.test(source) ? 1 : undefined;
  }
  const w = word.toLowerCase();
  // "is to resume trading Tuesday": "be to" with an infinitive is an arrangement ahead.
  if (w === 'to' && /^(?:is|are|am)$/i.test(previous)) return 1;
  // "we've got a game Friday": "have got" is a present "have", and what one has on a day is ahead.
  if (w === 'got' && HAVE_PRESENT.test(previous)) return 1;
  if (isPastForm(w) && !isUnAdjective(w)) {
    if (/^(?:be|been|have)$/i.test(previous) && (MODAL.test(beforePrevious) || /['’]ll$/.test(beforePrevious))) return 1;
    // "is heard", "to be left", "being built": a passive in the present or infinitive takes its tense from elsewhere.
    return PRESENT_PASSIVE.test(previous) ? undefined : -1;
  }
  if (SCHEDULED_PRESENT.has(w) && !NOT_FINITE_BEFORE.test(previous)) return 1;
  // "the increase takes effect Jan. 1": a rule's start, told in the present like a timetable.
  if (w === 'effect' && /^takes$/i.test(previous)) return 1;
  return undefined;
}

/**
 * Verbs of fixtures and timetables, whose simple present tells what is arranged ahead: "City face Real
 * Madrid on Wednesday", "the clubs meet again on May 24", "the offer expires Friday", "the show opens
 * Thursday", "tickets go on sale Friday". Forms that are also common nouns ("start", "visit") count only with the -s of a verb.
 */
const SCHEDULED_PRESENT = new Set(
  ('face faces meet meets play plays host hosts resume resumes expire expires arrive arrives travel travels ' +
    'opens reopens closes begins starts ends returns visits runs kicks go goes').split(' '),
);
const HAVE_PRESENT = /^(?:have|has|[A-Za-z]+['’]ve)$/i;
/** Words before a base form that make it no finite present: "to meet", "did not meet", "could play". */
const NOT_FINITE_BEFORE = /^(?:to|not|never|did|didn't|does|doesn't|do|don't|would|could|should|might|must|can|may|cannot)$/i;

/** Words right before an expression that put it ahead whatever the verb: "as soon as Tuesday", "effective Feb. 1". */
const FUTURE_SIGNAL = /\b(?:as\s+(?:soon|early)\s+as|ahead\s+of|effective|payable|of\s+record|(?:set|due|scheduled)\s+(?:to\s+[a-z]+|for)|until|till|starting|beginning)\s+(?:on\s+)?$/i;
/** "had been due to expire Friday", "was scheduled for Monday": a plan seen from the past. */
const PAST_PLAN = /\b(?:was|were|had\s+been)\s+(?:set|due|scheduled)\s+(?:to\s+[a-z]+|for)\s+(?:on\s+)?$/i;

/**
 * "urged residents to leave on Friday", "expect the bank to cut rates Thursday", "we need to regroup after the weekend":
 * what one is urged, expected or needs to do lies after the urging, so ahead, whatever the tense of "urged". Not a
 * period named as the object ("expects to report a third-quarter loss"): that one is looked back on. Nor a reporter's
 * request ("when asked to comment on Friday"), made on the day.
 */
const DIRECTED_AHEAD = /\b(?:urged|urges|urge|asked|asks|told|tells|ordered|orders|advised|advises|encouraged|encourages|called\s+on|calls\s+on|expects?|needs?|wants?)\s+(?:[a-z]+\s+){0,3}?to\s+(?!be\b|have\b|comment\b|respond\b|elaborate\b|confirm\b)[a-z]+(?:\s+[a-z]+){0,3}\s+(?<!\b(?:a|an|the|its|their|his|her|our|my|your)\s+)$/;
const DIRECTED_REACH = 70;

const UNTIL = /\b(?:until|till)\s+(?:on\s+)?$/i;
/**
 * "Until Thursday, they had not called him a suspect": a state that held up to a day, told in the past perfect, ended in the past.
 * "The city did not fall until 9 July", "was not freed until May": a past event that waited for the day is on it.
 */
const NOT_UNTIL_THEN = /\b(?:had|did|was|were)\s+(?:not|never)\b|\b(?:hadn|didn|wasn|weren)['’]t\b/i;
/** "Until Tuesday, no one had known": an "until" that opens its sentence before a past perfect says how long a state held. */
const FRONTED_UNTIL = /(?:^|[.!?;\n"“]\s*|\b(?:but|and)\s+)(?:until|till)\s+(?:on\s+)?$/i;
const PAST_PERFECT = /\bhad\b/i;
const heldUntilThen = (lead: string, clause: string) => NOT_UNTIL_THEN.test(clause) || (FRONTED_UNTIL.test(lead) && PAST_PERFECT.test(clause));
const CLAUSE_TAIL = /[^.!?;\n]*$/;
const CLAUSE_HEAD = /^[^.!?;\n]*/;

/** The sentence part around `[start, end)`, within the tense window. */
function clauseAround(text: string, start: number, end: number): string {
  const left = text.slice(Math.max(0, start - WINDOW), start);
  return CLAUSE_TAIL.exec(left)![0] + CLAUSE_HEAD.exec(text.slice(end, end + WINDOW))![0];
}

const CONJUNCTION = /^(?:and|but|or)$/;
const AUXILIARY = /^(?:is|are|am|has|have)$/i;
const OPENS_AT_END = /^\s*$/;
/** "Wednesday's ruling"; not the "is" of "Friday's the deadline", "Monday's going to be busy". */
const POSSESSIVE = /^['’]s\b(?!\s+(?:the|a|an|going|not|been|when|also|still|just|only|no)\b)/;

/** The direction the nearest tensed word around `[start, end)`, in the same clause, points to, if any. */
export function tenseAround(text: string, start: number, end: number): Direction | undefined {
  if (UP_NEXT.test(text.slice(Math.max(0, start - UP_NEXT_REACH), start))) return 1;
  const lead = text.slice(Math.max(0, start - 40), start);
  if (PAST_PLAN.test(lead)) return -1;
  if (FUTURE_SIGNAL.test(lead)) return UNTIL.test(lead) && heldUntilThen(lead, clauseAround(text, start, end)) ? -1 : 1;
  if (DIRECTED_AHEAD.test(text.slice(Math.max(0, start - DIRECTED_REACH), start))) return 1;
  // "get around Wednesday's ruling": a date in the possessive names an event the report has seen, whatever the verb
  // before it; only the verb of its own noun phrase can say otherwise ("Thursday's meeting will decide").
  if (POSSESSIVE.test(text.slice(end, end + 12))) return verbAfter(text, end, WINDOW) ?? -1;
  let before: Direction | undefined;
  let beforeDistance = Infinity;
  // Slices, not lastIndex on the whole text: a text with no words must not make each search run to its end.
  const from = Math.max(0, start - WINDOW);
  const left = text.slice(from, start);
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  let previous = '';
  let beforePrevious = '';
  // A bracket closed before the expression is an aside the clause reads through: "would begin at 6 a.m. (0400 GMT) on Tuesday".
  let beforeAside: [Direction | undefined, number] | null = null;
  let inRelative = false;
  let beforeInRelative = false;
  while ((m = TOKEN.exec(left)) !== null) {
    if (m[0] === ')' && beforeAside) {
      [before, beforeDistance] = beforeAside;
      beforeAside = null;
      continue;
    }
    // An expression that opens a bracket restates the clause before it: "will leave at 4 in the morning (4 a.m. Thursday)".
    const opensAtEnd = m[0] === '(' && OPENS_AT_END.test(left.slice(m.index + 1));
    if (m[0] === '(' && !opensAtEnd) beforeAside = [before, beforeDistance];
    if (isBoundary(m[0], previous) && !opensAtEnd) {
      before = undefined;
      beforeDistance = Infinity;
      inRelative = false;
      continue;
    }
    if (RELATIVE.test(m[0])) inRelative = true;
    const direction = cue(m[0], previous, beforePrevious, left, m.index + m[0].length);
    beforePrevious = previous;
    previous = m[0];
    if (direction !== undefined) {
      before = direction;
      beforeDistance = left.length - m.index;
      beforeInRelative = inRelative;
    }
  }
  // "People who were out on Wednesday are going to ...": the expression is in the relative clause, whose verb governs it,
  // not the main verb after it.
  if (before !== undefined && beforeInRelative) return before;
  // "The deal, announced late Monday, would extend ...": the comma closes the phrase the expression ends, so the verb of that
  // phrase governs it. With no verb before ("On Monday, the board said"), the one after the comma still does.
  if (before !== undefined && COMMA_AFTER.test(text.slice(end, end + 2))) return before;
  return verbAfter(text, end, Math.min(WINDOW, beforeDistance)) ?? before;
}

const COMMA_AFTER = /^\s?,/;
const RELATIVE = /^(?:who|whom|which)$/;

/** `tenseAround` asked for on demand and worked out once: most expressions are resolved without it. */
export function lazyTense(text: string, start: number, end: number): () => Direction | undefined {
  let tense: Direction | undefined | null = null;
  return () => (tense === null ? (tense = tenseAround(text, start, end)) : tense);
}

/** A sports story's closing "UP NEXT" lists each side's next games, told without verbs: "Hawks: At Brooklyn on Saturday." */
const UP_NEXT = /\bUP NEXT\b/;
const UP_NEXT_REACH = 200;

/**
 * Cues that after an expression belong to what follows: "until 2027", "tomorrow", "last season's game" (words of
 * another time expression), and a possibility ("that it could").
 */
const HEADS_NEXT = /^(?:until|till|tomorrow|yesterday|last|could|might|may)$/;

/** The direction of the first tensed word after `end`, within `limit` characters and the same clause. */
function verbAfter(text: string, end: number, limit: number): Direction | undefined {
  const right = text.slice(end, end + limit);
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  let previous = '';
  let beforePrevious = '';
  while ((m = TOKEN.exec(right)) !== null) {
    if (isBoundary(m[0], previous)) break;
    // "extended in November until 2027", "warnings on Thursday that strikes could": these head what follows, not this clause.
    if (HEADS_NEXT.test(m[0])) break;
    const direction = cue(m[0], previous, beforePrevious, right, m.index + m[0].length);
    // "on Saturday and were planning to drive on Monday", "on Monday and are forecast to ease": a verb right after a
    // conjunction, or after a conjunction and an auxiliary, heads another clause.
    if (direction !== undefined) return CONJUNCTION.test(previous) || (CONJUNCTION.test(beforePrevious) && AUXILIARY.test(previous)) ? undefined : direction;
    beforePrevious = previous;
    previous = m[0];
  }
  return undefined;
}
