import type { Matrix } from '../../core/matrix.ts';
import type { HmmParams, Sequence } from '../types.ts';
import { validateParams } from '../validateParams.ts';
import { validateSequences } from '../validateSequences.ts';
import { forwardScaledFrom } from './forwardScaled.ts';

/**
 * Backward algorithm scaled by the forward pass's factors c_t, float64 (Rabiner 1989, section V.A):
 * beta-hat_t(i) = beta_t(i) / prod_{s > t} c_s, so that alpha-hat_t(i) beta-hat_t(i) is the
 * smoothed posterior. Pass `scale` from {@link forwardScaled} to avoid a second forward pass.
 * O(T N^2) time.
 * @throws when params, obs or scale are invalid.
 * @example backwardScaled(p, obs, { scale: forwardScaled(p, obs).scale })
 */
export function backwardScaled(params: HmmParams, obs: Sequence, options: { scale?: ArrayLike<number> } = {}): Matrix {
  const { nSymbols } = validateParams(params, 'backwardScaled');
  validateSequences([obs], nSymbols, 'backwardScaled');
  const scale = options.scale ?? forwardScaledFrom(params, obs).scale;
  if (scale.length !== obs.length) throw new Error(`backwardScaled: options.scale has length ${scale.length}, expected ${obs.length} (the sequence length)`);
  return backwardScaledFrom(params, obs, scale);
}

/** {@link backwardScaled} without validation. */
export function backwardScaledFrom(params: HmmParams, obs: Sequence, scale: ArrayLike<number>): Matrix {
  const { transMat, emissionProb } = params;
  const n = transMat.length;
  const T = obs.length;
  const beta: number[][] = new Array(T);
  let next = new Array<number>(n).fill(1);
  beta[T - 1] = next;
  const ahead = new Float64Array(n);
  for (let t = T - 2; t >= 0; t--) {
    const o = obs[t + 1];
    const c = scale[t + 1];
    for (let j = 0; j < n; j++) ahead[j] = emissionProb[j][o] * next[j];
    const cur = new Array<number>(n);
    for (let i = 0; i < n; i++) {
      const row = transMat[i];
      let s = 0;
      for (let j = 0; j < n; j++) s += row[j] * ahead[j];
      cur[i] = s / c;
    }
    beta[t] = cur;
    next = cur;
  }
  return beta;
}
