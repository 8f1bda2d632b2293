import type { Sequence } from './types.ts';

/**
 * Check observation sequences: each non-empty, each symbol an integer in `0..nSymbols-1`.
 * `fn` names the caller in error messages.
 * @throws naming the sequence index, position and value, e.g.
 *   `scoreHmm: sequence 2 position 5 is 9, expected an integer in 0..6`.
 * @example validateSequences([[0, 1], [2]], 3) // passes
 */
export function validateSequences(sequences: readonly Sequence[], nSymbols: number, fn = 'validateSequences'): void {
  if (!Array.isArray(sequences)) throw new Error(`${fn}: sequences is ${String(sequences)}, expected an array of sequences`);
  for (let s = 0; s < sequences.length; s++) {
    const seq = sequences[s];
    if (seq === null || typeof seq !== 'object' || typeof seq.length !== 'number') {
      throw new Error(`${fn}: sequence ${s} is ${JSON.stringify(seq)}, expected an array of symbols`);
    }
    if (seq.length === 0) throw new Error(`${fn}: sequence ${s} is empty, expected at least one observation`);
    for (let t = 0; t < seq.length; t++) {
      const v = seq[t];
      if (!Number.isInteger(v) || v < 0 || v >= nSymbols) {
        throw new Error(`${fn}: sequence ${s} position ${t} is ${v}, expected an integer in 0..${nSymbols - 1}`);
      }
    }
  }
}
