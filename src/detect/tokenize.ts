/**
 * Deterministic word tokeniser for the offline detectors. Lower-cases, folds curly quotes to
 * ASCII, and keeps words (letters/digits with inner apostrophes), `[name]` placeholders, `!`, `?`
 * and emoji as separate tokens; everything else is a separator.
 * Linear in the length of the text.
 * @example tokenize("I can’t pay!! 😡") // ['i', "can't", 'pay', '!', '!', '😡']
 */
export function tokenize(text: string): string[] {
  const folded = text.toLowerCase().replace(/[\u2018\u2019\u02bc`]/g, "'");
  return folded.match(TOKEN) ?? [];
}

const TOKEN = /\[name\]|[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*|[!?]|\p{Extended_Pictographic}/gu;
