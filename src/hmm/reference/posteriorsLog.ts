import { logParams, type LogParams } from '../logParams.ts';
import type { HmmParams, PosteriorResult, Sequence } from '../types.ts';
import { validateParams } from '../validateParams.ts';
import { validateSequences } from '../validateSequences.ts';
import { backwardLogFrom } from './backwardLog.ts';
import { forwardLogFrom, logSumExpArray } from './forwardLog.ts';

/**
 * Smoothed posteriors gamma_t(i) = P(S_t = i | O) by forward-backward in log space, float64
 * (Rabiner 1989, eq. 27). Each row is normalised by its own log-sum-exp, so rows sum to 1 to
 * rounding. hmmlearn: `predict_proba`. O(T N^2) time.
 * @throws when params or obs are invalid, or when obs has probability 0 under the model
 *   (the message names the first impossible position).
 * @example posteriorsLog(umbrella, [0, 0]).posteriors[0] // [0.8834, 0.1166] (Russell & Norvig)
 */
export function posteriorsLog(params: HmmParams, obs: Sequence): PosteriorResult {
  const { nSymbols } = validateParams(params, 'posteriorsLog');
  validateSequences([obs], nSymbols, 'posteriorsLog');
  return posteriorsLogFrom(logParams(params), obs, 'posteriorsLog');
}

/** {@link posteriorsLog} on precomputed logs, without validation; `fn` names the caller in errors. */
export function posteriorsLogFrom(lp: LogParams, obs: Sequence, fn = 'posteriorsLog'): PosteriorResult & { logAlpha: number[][]; logBeta: number[][] } {
  const { logAlpha, logLikelihood } = forwardLogFrom(lp, obs);
  if (logLikelihood === -Infinity) throw impossibleSequenceError(fn, logAlpha);
  const logBeta = backwardLogFrom(lp, obs);
  const n = lp.nStates;
  const row = new Float64Array(n);
  const posteriors = logAlpha.map((la, t) => {
    const lb = logBeta[t];
    for (let i = 0; i < n; i++) row[i] = la[i] + lb[i];
    const norm = logSumExpArray(row);
    return Array.from(row, (v) => Math.exp(v - norm));
  });
  return { posteriors, logLikelihood, logAlpha, logBeta };
}

/** The error for a sequence of probability 0, naming the first position no state can explain. */
export function impossibleSequenceError(fn: string, logAlpha: ArrayLike<ArrayLike<number>>, sequenceIndex?: number): Error {
  let t = 0;
  while (t < logAlpha.length && Array.prototype.some.call(logAlpha[t], (v: number) => v > -Infinity)) t++;
  const which = sequenceIndex === undefined ? 'the sequence' : `sequence ${sequenceIndex}`;
  return new Error(`${fn}: ${which} has probability 0 under the model (no state path explains it up to position ${t})`);
}
