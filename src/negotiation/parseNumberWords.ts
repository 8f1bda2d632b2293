const UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

const UNIT_WORDS = Object.keys(UNITS).sort((a, b) => b.length - a.length).join('|');
const DIGIT_WORDS = Object.keys(UNITS).filter((w) => UNITS[w] >= 1 && UNITS[w] <= 9).join('|');
const TEN_WORDS = Object.keys(TENS).join('|');
const BELOW_HUNDRED = `(?:(?:${TEN_WORDS})(?:[\\s-]+(?:${DIGIT_WORDS}))?|(?:${UNIT_WORDS}))`;

/**
 * Regular-expression source (no groups, no flags, word-bounded) matching the number phrases
 * {@link parseNumberWords} reads: "thirty", "twenty-one", "one hundred and twenty", "a hundred",
 * "a couple of", and a bare "a"/"an" (callers accept the bare article only before a unit: "a month").
 */
export const NUMBER_WORDS_SOURCE =
  `\\b(?:(?:(?:a|an|${DIGIT_WORDS})\\s+)?hundred(?:[\\s-]+(?:and[\\s-]+)?${BELOW_HUNDRED})?|${BELOW_HUNDRED}|a\\s+couple\\s+of|an?)\\b`;

/**
 * Value of an English cardinal written in words, 0-999: "thirty" 30, "twenty-one" 21,
 * "one hundred and twenty" 120, "a hundred" 100, "a"/"an"/"next" 1 ("a month", "the next week"), "a couple of" 2.
 * Returns null when the words are not a well-formed number ("thirty twenty", "hundred hundred").
 * @example parseNumberWords('two hundred and ten') // 210
 */
export function parseNumberWords(words: string): number | null {
  const tokens = words.toLowerCase().split(/[\s-]+/).filter((t) => t !== '' && t !== 'and' && t !== 'of');
  if (tokens.length === 0) return null;
  if (tokens.length === 1 && (tokens[0] === 'a' || tokens[0] === 'an' || tokens[0] === 'next')) return 1;
  if (tokens.join(' ') === 'a couple' || tokens.join(' ') === 'couple') return 2;
  let total = 0;
  let current = 0;
  let last: 'none' | 'unit' | 'ten' | 'hundred' = 'none';
  for (const [i, t] of tokens.entries()) {
    if ((t === 'a' || t === 'an') && i === 0 && tokens[1] === 'hundred') {
      current = 1;
      last = 'unit';
    } else if (t in UNITS) {
      if (last === 'unit' || (last === 'ten' && UNITS[t] >= 10) || (last === 'ten' && UNITS[t] === 0)) return null;
      current += UNITS[t];
      last = 'unit';
    } else if (t in TENS) {
      if (last === 'unit' || last === 'ten') return null;
      current += TENS[t];
      last = 'ten';
    } else if (t === 'hundred') {
      if (last === 'hundred' || total > 0) return null;
      total = (last === 'none' ? 1 : current) * 100;
      if (total >= 1000 || current === 0 && last !== 'none') return null;
      current = 0;
      last = 'hundred';
    } else {
      return null;
    }
  }
  return total + current;
}
