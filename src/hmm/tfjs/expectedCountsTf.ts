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
    const bw = backwardSteps(bt);
    const betas = bw.betas;
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
    // xi_t(i, j) = exp(shifted alpha_t(i) + log a_ij + log b_j(o_{t+1}) + shifted beta_{t+1}(j) + C_t), with
    // C_t = sum_{s <= t} o_s + sum_{t+1 <= s < len-1} q_s - log P(O) computed on the host in float64.
    // Summed over the batch on the device, then over time on the host in float64.
    const trans = Array.from({ length: N }, () => new Array<number>(N).fill(0));
    if (T > 1) {
      const offsets = offsetsTB.dataSync();
      const q = bw.shifts.length > 0 ? (tf.concat(bw.shifts, 1).transpose().dataSync() as Float32Array) : new Float32Array(0);
      const C = new Float32Array((T - 1) * B);
      for (let b = 0; b < B; b++) {
        const len = batch.lengths[b];
        let suffix = 0;
        const suffixQ = new Float64Array(len);
        for (let t = len - 2; t >= 0; t--) { suffix += q[t * B + b]; suffixQ[t] = suffix; }
        let prefix = 0;
        for (let t = 0; t + 1 < len; t++) {
          prefix += offsets[t * B + b];
          C[t * B + b] = prefix + (t + 1 < len - 1 ? suffixQ[t + 1] : 0) - ll[b];
        }
      }
      const Ct = tf.tensor2d(C, [T - 1, B]);
      const step = Math.max(1, Math.floor(maxBlock / (B * N * N)));
      const logTrans = bt.logTrans.reshape([1, 1, N, N]);
      for (let t0 = 0; t0 < T - 1; t0 += step) {
        const len = Math.min(step, T - 1 - t0);
        const block = tf.tidy(() => {
          const a = alphas.slice([t0, 0, 0], [len, B, N]).reshape([len, B, N, 1]);
          const ahead = tf.add(bt.emisAll.slice([t0 + 1, 0, 0], [len, B, N]), betaAll.slice([t0 + 1, 0, 0], [len, B, N])).reshape([len, B, 1, N]);
          const logXi = tf.add(tf.add(tf.add(a, logTrans), ahead), Ct.slice([t0, 0], [len, B]).reshape([len, B, 1, 1]));
          const valid = maskAll.slice([t0 + 1, 0, 0], [len, B, 1]).reshape([len, B, 1, 1]);
          return tf.sum(tf.where(valid, tf.exp(logXi), tf.zerosLike(logXi)), 1);
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
