import type { HmmParams, PosteriorResult, Sequence } from '../types.ts';
import { validateParams } from '../validateParams.ts';
import { validateSequences } from '../validateSequences.ts';
import { backwardScaledFrom } from './backwardScaled.ts';
import { forwardScaledFrom } from './forwardScaled.ts';

/**
 * Smoothed posteriors by the scaled forward-backward recursions, float64 (Rabiner 1989, V.A):
 * gamma_t(i) = alpha-hat_t(i) beta-hat_t(i), renormalised per row against rounding. The
 * independent check of {@link posteriorsLog}; same limits as {@link forwardScaled}.
 * O(T N^2) time.
 * @throws when params or obs are invalid, or when a scaling factor is 0 (impossible sequence or
 *   float64 underflow: use posteriorsLog).
 * @example posteriorsScaled(p, obs).posteriors // equals posteriorsLog(p, obs).posteriors to ~1e-12
 */
export function posteriorsScaled(params: HmmParams, obs: Sequence): PosteriorResult {
  const { nSymbols } = validateParams(params, 'posteriorsScaled');
  validateSequences([obs], nSymbols, 'posteriorsScaled');
  return posteriorsScaledFrom(params, obs);
}

/** {@link posteriorsScaled} without validation. */
export function posteriorsScaledFrom(params: HmmParams, obs: Sequence, fn = 'posteriorsScaled'): PosteriorResult & { alpha: number[][]; beta: number[][]; scale: number[] } {
  const { alpha, scale, logLikelihood } = forwardScaledFrom(params, obs);
  const zero = scale.findIndex((c) => !(c > 0));
  if (zero >= 0) throw new Error(`${fn}: scaling factor at position ${zero} is ${scale[zero]} (an impossible sequence, or a float64 underflow: use the log-space kernels)`);
  const beta = backwardScaledFrom(params, obs, scale);
  const posteriors = alpha.map((a, t) => {
    const b = beta[t];
    const row = a.map((v, i) => v * b[i]);
    let s = 0;
    for (const v of row) s += v;
    return row.map((v) => v / s);
  });
  return { posteriors, logLikelihood, alpha, beta, scale };
}
