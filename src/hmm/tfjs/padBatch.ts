import type { Sequence } from '../types.ts';
import { validateSequences } from '../validateSequences.ts';

/** Sequences of different lengths padded to the longest, time-major, with a mask of valid steps. */
export interface PaddedBatch {
  batchSize: number;
  maxLength: number;
  lengths: Int32Array;
  /** obs[t * batchSize + b] = symbol of sequence b at step t; 0 on padding. */
  obs: Int32Array;
  /** mask[t * batchSize + b] = 1 where step t exists in sequence b, else 0. */
  mask: Uint8Array;
}

/**
 * Pad sequences to the maximum length, time-major ([T, B]) so the tfjs kernels can unstack one
 * time step at a time; padded steps carry symbol 0 and mask 0 and never change any result.
 * Padding costs time: put sequences of similar lengths in one batch.
 * @throws when `sequences` is empty or a sequence is invalid for `nSymbols`.
 * @example padBatch([[1, 2], [0]], 3).mask // Uint8Array [1, 1, 1, 0]
 */
export function padBatch(sequences: readonly Sequence[], nSymbols: number, fn = 'padBatch'): PaddedBatch {
  validateSequences(sequences, nSymbols, fn);
  if (sequences.length === 0) throw new Error(`${fn}: sequences is empty, expected at least one sequence`);
  const batchSize = sequences.length;
  const lengths = Int32Array.from(sequences, (s) => s.length);
  let maxLength = 0;
  for (const len of lengths) maxLength = Math.max(maxLength, len);
  const obs = new Int32Array(maxLength * batchSize);
  const mask = new Uint8Array(maxLength * batchSize);
  sequences.forEach((seq, b) => {
    for (let t = 0; t < seq.length; t++) {
      obs[t * batchSize + b] = seq[t];
      mask[t * batchSize + b] = 1;
    }
  });
  return { batchSize, maxLength, lengths, obs, mask };
}
