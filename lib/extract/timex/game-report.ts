/**
 * Whether a text reports a game: a score told with its result ("beat the Hawks 125-117", "a 3-2 defeat", "won
 * 2-0"). In a match report "the first half" and "the third quarter" are the game's clock, which TimeML does not tag,
 * not a calendar half or quarter. A tally ("a 51-49 vote", "won a 5-4 ruling") is no game.
 */
const RESULT = 'beat|beats|defeated|defeats|routed|edged|downed|won|wins|lost|loses|drew|tied|victory|win|defeat|loss|draw|lead|led|trailed';
const SCORE = '\\d{1,3}[-–]\\d{1,3}(?!\\s+(?:ruling|decision|vote|verdict|majority|split|margin)\\b)';
const GAME_SCORE = new RegExp(`\\b(?:(?:${RESULT})\\b[^.!?\\d]{0,40}${SCORE}\\b|${SCORE}\\s+(?:${RESULT})\\b)`, 'i');

// Asked once per half or quarter found, so the answer for the text last asked about is kept: one scan per text.
let last: { text: string; game: boolean } | null = null;

export function reportsAGame(text: string): boolean {
  if (last?.text !== text) last = { text, game: GAME_SCORE.test(text) };
  return last.game;
}
