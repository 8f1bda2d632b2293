import { logParams } from './logParams.ts';
import { forwardLogFrom, logSumExpArray } from './reference/forwardLog.ts';
import { impossibleSequenceError } from './reference/posteriorsLog.ts';
import { forwardTf } from './tfjs/forwardTf.ts';
import type { HmmEngine, HmmParams, Sequence } from './types.ts';
import { validateParams } from './validateParams.ts';
import { validateSequences } from './validateSequences.ts';

/**
 * Filtered beliefs P(S_t | O_0..O_t) of one sequence, T x N (what an online agent knows at each
 * step; for one step at a time use `filterStep`). Reference engine: float64 log space.
 * @throws when params or the sequence are invalid, or the sequence has probability 0.
 * @example filterHmm(umbrella, [0, 0])[1] // [0.883, 0.117] (Russell & Norvig, day 2)
 */
export function filterHmm(params: HmmParams, sequence: Sequence, options: { engine?: HmmEngine } = {}): number[][] {
  const { nSymbols } = validateParams(params, 'filterHmm');
  validateSequences([sequence], nSymbols, 'filterHmm');
  if (options.engine === 'tfjs') {
    const { logLikelihood, beliefs } = forwardTf(params, [sequence], { beliefs: true });
    if (!(logLikelihood[0] > -Infinity)) throw new Error('filterHmm: the sequence has probability 0 under the model');
    return beliefs![0];
  }
  if (options.engine !== undefined && options.engine !== 'reference') throw new Error(`filterHmm: options.engine is ${JSON.stringify(options.engine)}, expected 'reference' or 'tfjs'`);
  const { logAlpha, logLikelihood } = forwardLogFrom(logParams(params), sequence);
  if (logLikelihood === -Infinity) throw impossibleSequenceError('filterHmm', logAlpha);
  return logAlpha.map((row) => {
    const norm = logSumExpArray(row);
    return row.map((v) => Math.exp(v - norm));
  });
}
