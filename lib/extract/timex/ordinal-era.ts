import { lookup, ORDINALS } from './vocabulary';

/**
 * The parts of "the 3rd century BC", "the second millennium": the ordinal's number, whether the era is before
 * Christ, and where the expression ends. Only an upper-case marker is an era ("the 3rd century ad campaign" is
 * not); without one the expression ends before it. Groups: 1 the ordinal, 2 the era with its space, 3 the marker.
 */
export function ordinalEra(match: RegExpExecArray): { n: number | undefined; bc: boolean; end: number } {
  const word = match[1].toLowerCase();
  const n = /^\d/.test(word) ? parseInt(word, 10) : lookup(ORDINALS, word);
  const [, , eraPart, marker] = match;
  const era = marker !== undefined && marker === marker.toUpperCase() ? marker : undefined;
  const end = match.index + match[0].length - (eraPart !== undefined && !era ? eraPart.length : 0);
  return { n, bc: era !== undefined && /^B/.test(era), end };
}
