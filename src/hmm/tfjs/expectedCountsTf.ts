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
 * The transition counts xi_t(i, j) (alpha_t(i) a_ij b_j(o_{t+1}) beta_{t+1}(j), normalised per step)
 * are formed for blocks of time steps and summed over the batch on the device; every sum over
 * time and all start and emission counts are accumulated on the host in float64. Agrees with
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
    const { betas } = backwardSteps(bt);
    const alphas = tf.stack(fw.alphas) as tf.Tensor3D;
    const betaAll = tf.stack(betas) as tf.Tensor3D;
    const maskAll = tf.tensor3d(batch.mask, [T, B, 1], 'bool');
    // gamma_t(i), zero on padding; start and emission counts are accumulated on the host in float64.
    const g = tf.add(alphas, betaAll);
    const gamma = tf.where(maskAll, tf.exp(tf.sub(g, tf.expandDims(logSumExpAxis(g, 2, bt.floor), 2))), tf.zerosLike(g)).dataSync();
    const start = new Array<number>(N).fill(0);
    const emission = Array.from({ length: N }, () => new Array<number>(M).fill(0));
    for (let b = 0; b < B; b++) for (let i = 0; i < N; i++) start[i] += gamma[b * N + i];
    for (let t = 0; t < T; t++) {
      for (let b = 0; b < B; b++) {
        if (batch.mask[t * B + b] === 0) continue;
        const o = batch.obs[t * B + b];
        const at = (t * B + b) * N;
        for (let i = 0; i < N; i++) emission[i][o] += gamma[at + i];
      }
    }
    // xi_t(i, j) proportional to exp(shifted alpha_t(i) + log a_ij + log b_j(o_{t+1}) + shifted beta_{t+1}(j)),
    // normalised over (i, j) for each step like gamma: the constant log P(O) - offsets cancels exactly,
    // so float32 drift of the long-range sums never reaches the counts. Summed over the batch on the
    // device, then over time on the host in float64.
    const trans = Array.from({ length: N }, () => new Array<number>(N).fill(0));
    if (T > 1) {
      const step = Math.max(1, Math.floor(maxBlock / (B * N * N)));
      const logTrans = bt.logTrans.reshape([1, 1, N, N]);
      for (let t0 = 0; t0 < T - 1; t0 += step) {
        const len = Math.min(step, T - 1 - t0);
        const block = tf.tidy(() => {
          const a = alphas.slice([t0, 0, 0], [len, B, N]).reshape([len, B, N, 1]);
          const ahead = tf.add(bt.emisAll.slice([t0 + 1, 0, 0], [len, B, N]), betaAll.slice([t0 + 1, 0, 0], [len, B, N])).reshape([len, B, 1, N]);
          const logXi = tf.add(tf.add(a, logTrans), ahead).reshape([len, B, N * N]);
          const xi = tf.exp(tf.sub(logXi, tf.expandDims(logSumExpAxis(logXi, 2, bt.floor), 2)));
          const valid = maskAll.slice([t0 + 1, 0, 0], [len, B, 1]);
          return tf.sum(tf.where(valid, xi, tf.zerosLike(xi)), 1);
        });
        const data = block.dataSync();
        block.dispose();
        for (let k = 0; k < len; k++) for (let i = 0; i < N; i++) for (let j = 0; j < N; j++) trans[i][j] += data[(k * N + i) * N + j];
      }
    }
    return { start, trans, emission, logLikelihood: sumFloat64(ll), nSequences: B };
  });
}

function sumFloat64(xs: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i];
  return s;
}
