import { tf } from '../../tf/backend.ts';
import { logParams } from '../logParams.ts';
import type { HmmParams, Sequence } from '../types.ts';
import { validateParams } from '../validateParams.ts';
import { batchTensors, forwardSteps, hostLogLikelihoods, logSumExpAxis } from './batchTensors.ts';
import { padBatch } from './padBatch.ts';

/** Per-sequence log-likelihoods and, on request, filtered beliefs P(S_t | O_0..O_t) (T_s x N each). */
export interface ForwardTfResult {
  logLikelihood: number[];
  beliefs?: number[][][];
}

/**
 * Batched forward algorithm on TensorFlow.js (float32, log space with per-step shifts; see
 * batchTensors.ts for the numerics): all sequences advance one step per kernel call, padded to
 * the longest with a mask. Agrees with {@link forwardLog} to float32 tolerance (measured error
 * ~3e-8 per step). Call `await initTf()` first. No tensor survives.
 * @throws when params or a sequence are invalid, or `sequences` is empty.
 * @example forwardTf(p, [[0, 1], [2, 2, 1]]).logLikelihood // [ll0, ll1]
 */
export function forwardTf(params: HmmParams, sequences: readonly Sequence[], options: { beliefs?: boolean } = {}): ForwardTfResult {
  const { nSymbols } = validateParams(params, 'forwardTf');
  const batch = padBatch(sequences, nSymbols, 'forwardTf');
  const lp = logParams(params);
  const keep = options.beliefs === true;
  const N = lp.nStates;
  return tf.tidy(() => {
    const bt = batchTensors(lp, batch);
    const fw = forwardSteps(bt, keep);
    const offsets = tf.concat(fw.offsets, 1).transpose().dataSync() as Float32Array;
    const last = fw.last.dataSync() as Float32Array;
    const logLikelihood = Array.from(hostLogLikelihoods(batch, offsets, last, N));
    if (!keep) return { logLikelihood };
    const stacked = tf.stack(fw.alphas) as tf.Tensor3D;
    const beliefData = tf.exp(tf.sub(stacked, tf.expandDims(logSumExpAxis(stacked, 2, bt.floor), 2))).dataSync();
    const beliefs = splitBatch(beliefData, batch.lengths, batch.batchSize, N);
    return { logLikelihood, beliefs };
  });
}

/** Split a time-major [T, B, N] array into per-sequence T_b x N matrices (float64 numbers). */
export function splitBatch(data: ArrayLike<number>, lengths: Int32Array, B: number, N: number): number[][][] {
  return Array.from(lengths, (len, b) => {
    const rows: number[][] = new Array(len);
    for (let t = 0; t < len; t++) {
      const at = (t * B + b) * N;
      rows[t] = Array.from({ length: N }, (_, i) => data[at + i]);
    }
    return rows;
  });
}
