import { alternation, NUMBER_WORDS } from './vocabulary';

const SMALL = alternation(Object.keys(NUMBER_WORDS).filter((w) => w !== 'a' && w !== 'an' && w !== 'half'));

/**
 * A cardinal in digits ("45", "1,000", "1.5", "5 1/2") or words ("twenty four", "forty-five", "a", "half a", "a hundred and fifty").
 * Repetitions are bounded so that a long run of number-like text cannot make matching quadratic.
 */
export const NUMBER_PATTERN = `(?:\\d{1,3}(?:,\\d{3}){0,4}(?:\\.\\d+)?(?:\\s+1/2)?|(?:${SMALL})(?:[\\s-]{1,3}(?:and\\s{1,3})?(?:${SMALL})){0,4}|half\\s+an?|an?(?:\\s+(?:hundred|thousand|dozen)(?:[\\s-]{1,3}(?:and\\s{1,3})?(?:${SMALL})){0,4})?)`;

/** The value of a `NUMBER_PATTERN` match, or `undefined` when the words do not make a number. */
export function parseNumber(phrase: string): number | undefined {
  const text = phrase.toLowerCase().trim();
  const digits = /^([\d,]+(?:\.\d+)?)(\s+1\/2)?$/.exec(text);
  if (digits) return Number(digits[1].replace(/,/g, '')) + (digits[2] ? 0.5 : 0);
  // "half an hour": the article is the unit's, not one more.
  if (/^half\s+an?$/.test(text)) return 0.5;
  let total = 0;
  let current = 0;
  let previous = '';
  for (const word of text.split(/[\s-]+/)) {
    // "a hundred and fifty" is one number; "between three and six" is two.
    if (word === 'and' && previous !== 'hundred' && previous !== 'thousand') return undefined;
    previous = word;
    if (word === 'and') continue;
    const n = NUMBER_WORDS[word];
    if (n === undefined) return undefined;
    if (n === 100) current = (current || 1) * 100;
    else if (n === 1000) {
      total += (current || 1) * 1000;
      current = 0;
    } else current += n;
  }
  return total + current;
}
