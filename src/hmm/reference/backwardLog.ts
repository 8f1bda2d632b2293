import type { Matrix } from '../../core/matrix.ts';
import { logParams, type LogParams } from '../logParams.ts';
import type { HmmParams, Sequence } from '../types.ts';
import { validateParams } from '../validateParams.ts';
import { validateSequences } from '../validateSequences.ts';
import { logSumExpArray } from './forwardLog.ts';

/**
 * Backward algorithm in log space, float64 (Rabiner 1989, eqs. 24-25):
 * log beta_t(i) = log P(O_{t+1}..O_{T-1} | S_t = i), T x N, with log beta_{T-1} = 0.
 * O(T N^2) time.
 * @throws when params or obs are invalid.
 * @example backwardLog(p, [0, 1])[1] // [0, 0, ...]
 */
export function backwardLog(params: HmmParams, obs: Sequence): Matrix {
  const { nSymbols } = validateParams(params, 'backwardLog');
  validateSequences([obs], nSymbols, 'backwardLog');
  return backwardLogFrom(logParams(params), obs);
}

/** {@link backwardLog} on precomputed logs, without validation. */
export function backwardLogFrom(lp: LogParams, obs: Sequence): Matrix {
  const n = lp.nStates;
  const T = obs.length;
  const logBeta: number[][] = new Array(T);
  let next = new Array<number>(n).fill(0);
  logBeta[T - 1] = next;
  const terms = new Float64Array(n);
  const ahead = new Float64Array(n);
  for (let t = T - 2; t >= 0; t--) {
    const o = obs[t + 1];
    for (let j = 0; j < n; j++) ahead[j] = lp.logEmission[j][o] + next[j];
    const cur = new Array<number>(n);
    for (let i = 0; i < n; i++) {
      const row = lp.logTrans[i];
      for (let j = 0; j < n; j++) terms[j] = row[j] + ahead[j];
      cur[i] = logSumExpArray(terms);
    }
    logBeta[t] = cur;
    next = cur;
  }
  return logBeta;
}
