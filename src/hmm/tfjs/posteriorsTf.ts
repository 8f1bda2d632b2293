import { tf } from '../../tf/backend.ts';
import { logParams } from '../logParams.ts';
import type { HmmParams, PosteriorResult, Sequence } from '../types.ts';
import { validateParams } from '../validateParams.ts';
import { backwardSteps, batchTensors, forwardSteps, hostLogLikelihoods, logSumExpAxis } from './batchTensors.ts';
import { splitBatch } from './forwardTf.ts';
import { padBatch } from './padBatch.ts';

/**
 * Batched forward-backward on TensorFlow.js (float32, log space with per-step shifts): smoothed
 * posteriors P(S_t | O) of every sequence, rows normalised, and each log-likelihood. Agrees with
 * {@link posteriorsLog} to float32 tolerance. Call `await initTf()` first. No tensor survives.
 * @throws when params or a sequence are invalid, or a sequence has probability 0 (naming it).
 * @example posteriorsTf(p, [[0, 1, 1]])[0].posteriors.length // 3
 */
export function posteriorsTf(params: HmmParams, sequences: readonly Sequence[]): PosteriorResult[] {
  const { nSymbols } = validateParams(params, 'posteriorsTf');
  const batch = padBatch(sequences, nSymbols, 'posteriorsTf');
  const lp = logParams(params);
  const N = lp.nStates;
  return tf.tidy(() => {
    const bt = batchTensors(lp, batch);
    const fw = forwardSteps(bt, true);
    const offsets = tf.concat(fw.offsets, 1).transpose().dataSync() as Float32Array;
    const ll = hostLogLikelihoods(batch, offsets, fw.last.dataSync() as Float32Array, N);
    throwOnImpossible('posteriorsTf', ll);
    const { betas } = backwardSteps(bt);
    const g = tf.add(tf.stack(fw.alphas), tf.stack(betas));
    const post = tf.exp(tf.sub(g, tf.expandDims(logSumExpAxis(g, 2, bt.floor), 2))).dataSync();
    return splitBatch(post, batch.lengths, batch.batchSize, N).map((posteriors, b) => ({ posteriors, logLikelihood: ll[b] }));
  });
}

/** Throw naming the first sequence whose log-likelihood is -Infinity. */
export function throwOnImpossible(fn: string, ll: ArrayLike<number>): void {
  for (let b = 0; b < ll.length; b++) {
    if (!(ll[b] > -Infinity)) throw new Error(`${fn}: sequence ${b} has probability 0 under the model (log-likelihood ${ll[b]})`);
  }
}
