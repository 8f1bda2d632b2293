import { logParams, type LogParams } from '../logParams.ts';
import type { DecodeResult, HmmParams, Sequence } from '../types.ts';
import { validateParams } from '../validateParams.ts';
import { validateSequences } from '../validateSequences.ts';

/**
 * Viterbi decoding in log space, float64 (Rabiner 1989, eqs. 32-35; Viterbi 1967): the state path
 * maximising P(path, O) and its log-probability. Ties go to the lowest state index, both in the
 * recursion and at the final step. An impossible sequence gives logProb -Infinity and the path of
 * all-lowest indices. hmmlearn: `decode(algorithm="viterbi")`. O(T N^2) time, O(T N) memory.
 * @throws when params or obs are invalid.
 * @example viterbiLog(wikipediaFever, [0, 1, 2]) // { path: [0, 0, 1], logProb: Math.log(0.01512) }
 */
export function viterbiLog(params: HmmParams, obs: Sequence): DecodeResult {
  const { nSymbols } = validateParams(params, 'viterbiLog');
  validateSequences([obs], nSymbols, 'viterbiLog');
  return viterbiLogFrom(logParams(params), obs);
}

/** {@link viterbiLog} on precomputed logs, without validation. */
export function viterbiLogFrom(lp: LogParams, obs: Sequence): DecodeResult {
  const n = lp.nStates;
  const T = obs.length;
  const back: Int32Array[] = new Array(T);
  let delta = new Float64Array(n);
  for (let j = 0; j < n; j++) delta[j] = lp.logStart[j] + lp.logEmission[j][obs[0]];
  for (let t = 1; t < T; t++) {
    const o = obs[t];
    const next = new Float64Array(n);
    const ptr = new Int32Array(n);
    for (let j = 0; j < n; j++) {
      let best = -Infinity;
      let arg = 0;
      for (let i = 0; i < n; i++) {
        const v = delta[i] + lp.logTrans[i][j];
        if (v > best) { best = v; arg = i; }
      }
      next[j] = best + lp.logEmission[j][o];
      ptr[j] = arg;
    }
    back[t] = ptr;
    delta = next;
  }
  let last = 0;
  for (let j = 1; j < n; j++) if (delta[j] > delta[last]) last = j;
  const path = new Array<number>(T);
  path[T - 1] = last;
  for (let t = T - 1; t > 0; t--) path[t - 1] = back[t][path[t]];
  return { path, logProb: delta[last] };
}
