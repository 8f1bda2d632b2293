import { hashString } from '../core/rng.ts';

/**
 * The held-out split shared by the simulated debtor and the offline emotion detector:
 * an XED line belongs to the simulated debtor's sentence pool when the FNV-1a hash of its
 * normalised text is 0 mod 5 (about 20% of lines). The detector never trains on these lines,
 * so the simulated creditor's detector faces text it has not seen.
 * @example isSimCorpusLine('I am so angry at you!') // true or false, the same on every machine
 */
export function isSimCorpusLine(text: string): boolean {
  return hashString(normalizeCorpusText(text)) % 5 === 0;
}

/** Lower-case, collapse white space and trim: the form hashed by {@link isSimCorpusLine}. */
export function normalizeCorpusText(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}
