import { logParams } from './logParams.ts';
import { posteriorsLogFrom } from './reference/posteriorsLog.ts';
import { posteriorsTf } from './tfjs/posteriorsTf.ts';
import type { HmmEngine, HmmParams, PosteriorResult, Sequence } from './types.ts';
import { validateParams } from './validateParams.ts';
import { validateSequences } from './validateSequences.ts';

/**
 * Smoothed posteriors P(S_t | O) of one sequence, T x N, and its log-likelihood
 * (hmmlearn's `predict_proba`, `score_samples`).
 * @throws when params or the sequence are invalid, or the sequence has probability 0.
 * @example predictProbaHmm(umbrella, [0, 0, 1, 0, 0]).posteriors[2] // [0.3075, 0.6925] (Wikipedia)
 */
export function predictProbaHmm(params: HmmParams, sequence: Sequence, options: { engine?: HmmEngine } = {}): PosteriorResult {
  const { nSymbols } = validateParams(params, 'predictProbaHmm');
  validateSequences([sequence], nSymbols, 'predictProbaHmm');
  if (options.engine === 'tfjs') return posteriorsTf(params, [sequence])[0];
  if (options.engine !== undefined && options.engine !== 'reference') throw new Error(`predictProbaHmm: options.engine is ${JSON.stringify(options.engine)}, expected 'reference' or 'tfjs'`);
  const { posteriors, logLikelihood } = posteriorsLogFrom(logParams(params), sequence, 'predictProbaHmm');
  return { posteriors, logLikelihood };
}
