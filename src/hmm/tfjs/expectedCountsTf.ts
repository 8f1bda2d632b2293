import { tf } from '../../tf/backend.ts';
import { logParams } from '../logParams.ts';
import type { HmmParams, Sequence, SufficientStats } from '../types.ts';
import { validateParams } from '../validateParams.ts';
import { backwardSteps, batchTensors, forwardSteps, hostLogLikelihoods, logSumExpAxis } from './batchTensors.ts';
import { padBatch } from './padBatch.ts';
import { throwOnImpossible } from './posteriorsTf.ts';

/** Options of {@link expectedCountsTf}. */
export interface ExpectedCountsTfOptions {
  /** Largest [steps, B, N, N] block materialised at once for the transition counts (default 2^22 floats). */
  maxBlockElements?: number;
}

/**
 * Batched Baum-Welch E-step on TensorFlow.js (float32): expected initial, transition and emission
 * counts summed over all sequences, and the total log-likelihood (summed in float64 on the host).
 * The transition counts exp(alpha_t(i) + log a_ij + log b_j(o_{t+1}) + beta_{t+1}(j) - log P(O))
 * are formed for blocks of time steps and summed on the device. Agrees with
 * {@link expectedCounts} to float32 tolerance. Call `await initTf()` first. No tensor survives.
 * @throws when params or a sequence are invalid, or a sequence has probability 0 (naming it).
 * @example expectedCountsTf(p, seqs).emission // N x M expected counts
 */
export function expectedCountsTf(params: HmmParams, sequences: readonly Sequence[], options: ExpectedCountsTfOptions = {}): SufficientStats {
  const { nStates: N, nSymbols: M } = validateParams(params, 'expectedCountsTf');
  const batch = padBatch(sequences, M, 'expectedCountsTf');
  const lp = logParams(params);
  const maxBlock = options.maxBlockElements ?? 1 << 22;
  if (!(Number.isInteger(maxBlock) && maxBlock > 0)) throw new Error(`expectedCountsTf: options.maxBlockElements is ${maxBlock}, expected a positive integer`);
  return tf.tidy(() => {
    const bt = batchTensors(lp, batch);
    const { T, B } = bt;
    const fw = forwardSteps(bt, true);
    const offsetsTB = tf.concat(fw.offsets, 1).transpose() as tf.Tensor2D;
    const ll = hostLogLikelihoods(batch, offsetsTB.dataSync() as Float32Array, fw.last.dataSync() as Float32Array, N);
    throwOnImpossible('expectedCountsTf', ll);
    const betas = backwardSteps(bt, fw.offsets);
    const alphas = tf.stack(fw.alphas) as tf.Tensor3D;
    const betaAll = tf.stack(betas) as tf.Tensor3D;
    const maskAll = tf.tensor3d(batch.mask, [T, B, 1], 'bool');
    // gamma_t(i), zero on padding.
    const g = tf.add(alphas, betaAll);
    const gamma = tf.where(maskAll, tf.exp(tf.sub(g, tf.expandDims(logSumExpAxis(g, 2, bt.floor), 2))), tf.zerosLike(g));
    const start = tf.sum(gamma.slice([0, 0, 0], [1, B, N]), [0, 1]);
    const oneHot = tf.cast(tf.oneHot(tf.tensor1d(batch.obs, 'int32'), M), 'float32');
    const emission = tf.matMul(gamma.reshape([T * B, N]), oneHot, true, false);
    // xi: K = log-sum-exp of each sequence's final shifted alpha; log P(O) = sum(offsets) + K.
    let trans = tf.zeros([N, N]);
    if (T > 1) {
      const K = logSumExpAxis(fw.last, 1, bt.floor).reshape([1, B, 1, 1]);
      const step = Math.max(1, Math.floor(maxBlock / (B * N * N)));
      const logTrans = bt.logTrans.reshape([1, 1, N, N]);
      for (let t0 = 0; t0 < T - 1; t0 += step) {
        const len = Math.min(step, T - 1 - t0);
        const block = tf.tidy(() => {
          const a = alphas.slice([t0, 0, 0], [len, B, N]).reshape([len, B, N, 1]);
          const ahead = tf.sub(
            tf.add(bt.emisAll.slice([t0 + 1, 0, 0], [len, B, N]), betaAll.slice([t0 + 1, 0, 0], [len, B, N])),
            offsetsTB.slice([t0 + 1, 0], [len, B]).reshape([len, B, 1]),
          ).reshape([len, B, 1, N]);
          const logXi = tf.sub(tf.add(tf.add(a, logTrans), ahead), K);
          const valid = maskAll.slice([t0 + 1, 0, 0], [len, B, 1]).reshape([len, B, 1, 1]);
          return tf.sum(tf.where(valid, tf.exp(logXi), tf.zerosLike(logXi)), [0, 1]);
        });
        const sum = tf.add(trans, block);
        trans.dispose();
        block.dispose();
        trans = sum;
      }
    }
    return {
      start: Array.from(start.dataSync()),
      trans: toMatrix(trans.dataSync(), N, N),
      emission: toMatrix(emission.dataSync(), N, M),
      logLikelihood: sumFloat64(ll),
      nSequences: B,
    };
  });
}

function toMatrix(data: ArrayLike<number>, rows: number, cols: number): number[][] {
  return Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => data[i * cols + j]));
}

function sumFloat64(xs: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i];
  return s;
}
