import type { Matrix } from '../../core/matrix.ts';
import type { HmmParams, Sequence } from '../types.ts';
import { validateParams } from '../validateParams.ts';
import { validateSequences } from '../validateSequences.ts';

/**
 * Scaled forward variables: alpha-hat_t(i) = P(S_t = i | O_0..O_t) (the filtered belief, rows sum
 * to 1), the scaling factors c_t = P(O_t | O_0..O_{t-1}), and log P(O) = sum_t log c_t.
 */
export interface ForwardScaledResult {
  alpha: Matrix;
  scale: number[];
  logLikelihood: number;
}

/**
 * Forward algorithm with per-step normalisation, float64 (Rabiner 1989, section V.A).
 * Works in probability space, so it is fast, but a step whose predictive probability c_t
 * underflows float64 (below about 1e-308; e.g. a transition of 1e-300 times an emission of
 * 1e-300 on the only possible path) gives c_t = 0: then logLikelihood is -Infinity and the rows
 * from that step on are NaN. Use {@link forwardLog} for such models.
 * O(T N^2) time.
 * @throws when params or obs are invalid.
 * @example forwardScaled(p, [0, 1]).alpha[1] // filtered belief after two observations
 */
export function forwardScaled(params: HmmParams, obs: Sequence): ForwardScaledResult {
  const { nSymbols } = validateParams(params, 'forwardScaled');
  validateSequences([obs], nSymbols, 'forwardScaled');
  return forwardScaledFrom(params, obs);
}

/** {@link forwardScaled} without validation. */
export function forwardScaledFrom(params: HmmParams, obs: Sequence): ForwardScaledResult {
  const { startProb, transMat, emissionProb } = params;
  const n = startProb.length;
  const T = obs.length;
  const alpha: number[][] = new Array(T);
  const scale = new Array<number>(T);
  let logLikelihood = 0;
  let prev: number[] = new Array(n);
  for (let j = 0; j < n; j++) prev[j] = startProb[j] * emissionProb[j][obs[0]];
  for (let t = 0; t < T; t++) {
    let cur = prev;
    if (t > 0) {
      cur = new Array<number>(n).fill(0);
      for (let i = 0; i < n; i++) {
        const a = prev[i];
        if (a === 0) continue;
        const row = transMat[i];
        for (let j = 0; j < n; j++) cur[j] += a * row[j];
      }
      const o = obs[t];
      for (let j = 0; j < n; j++) cur[j] *= emissionProb[j][o];
    }
    let c = 0;
    for (let j = 0; j < n; j++) c += cur[j];
    scale[t] = c;
    logLikelihood += Math.log(c);
    for (let j = 0; j < n; j++) cur[j] /= c;
    alpha[t] = cur;
    prev = cur;
  }
  return { alpha, scale, logLikelihood: Number.isNaN(logLikelihood) ? -Infinity : logLikelihood };
}
