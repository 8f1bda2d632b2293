import type { Matrix } from '../../core/matrix.ts';
import { logParams, type LogParams } from '../logParams.ts';
import type { HmmParams, Sequence } from '../types.ts';
import { validateParams } from '../validateParams.ts';
import { validateSequences } from '../validateSequences.ts';

/** Log forward variables log alpha_t(i) = log P(O_0..O_t, S_t = i) (T x N) and log P(O). */
export interface ForwardLogResult {
  logAlpha: Matrix;
  logLikelihood: number;
}

/**
 * Forward algorithm in log space, float64 (Rabiner 1989, eqs. 19-21, with every product a sum of
 * logs and every sum a log-sum-exp). Exact for probabilities down to the smallest float64 and
 * for any sequence length; an impossible sequence gives logLikelihood -Infinity.
 * O(T N^2) time.
 * @throws when params or obs are invalid (see validateParams, validateSequences).
 * @example forwardLog(wikipediaFever, [0, 1, 2]).logLikelihood // Math.log(0.03628)
 */
export function forwardLog(params: HmmParams, obs: Sequence): ForwardLogResult {
  const { nSymbols } = validateParams(params, 'forwardLog');
  validateSequences([obs], nSymbols, 'forwardLog');
  return forwardLogFrom(logParams(params), obs);
}

/** {@link forwardLog} on precomputed logs, without validation (for the other kernels). */
export function forwardLogFrom(lp: LogParams, obs: Sequence): ForwardLogResult {
  const n = lp.nStates;
  const T = obs.length;
  const logAlpha: number[][] = new Array(T);
  let prev = new Array<number>(n);
  for (let j = 0; j < n; j++) prev[j] = lp.logStart[j] + lp.logEmission[j][obs[0]];
  logAlpha[0] = prev;
  const terms = new Float64Array(n);
  for (let t = 1; t < T; t++) {
    const o = obs[t];
    const cur = new Array<number>(n);
    for (let j = 0; j < n; j++) {
      for (let i = 0; i < n; i++) terms[i] = prev[i] + lp.logTrans[i][j];
      cur[j] = logSumExpArray(terms) + lp.logEmission[j][o];
    }
    logAlpha[t] = cur;
    prev = cur;
  }
  return { logAlpha, logLikelihood: logSumExpArray(prev) };
}

/** log(sum(exp(xs))) with the maximum factored out; -Infinity when every term is -Infinity. */
export function logSumExpArray(xs: ArrayLike<number>): number {
  let m = -Infinity;
  for (let i = 0; i < xs.length; i++) if (xs[i] > m) m = xs[i];
  if (m === -Infinity) return -Infinity;
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += Math.exp(xs[i] - m);
  return m + Math.log(s);
}
