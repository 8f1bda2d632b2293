import { asSequenceList } from './asSequenceList.ts';
import { logParams } from './logParams.ts';
import { forwardLogFrom } from './reference/forwardLog.ts';
import { forwardTf } from './tfjs/forwardTf.ts';
import type { HmmEngine, HmmParams, Sequence } from './types.ts';
import { validateParams } from './validateParams.ts';
import { validateSequences } from './validateSequences.ts';

/**
 * Log-likelihood of each sequence (hmmlearn's `score_samples` totals, per sequence). Engine
 * 'reference' (default) is float64 log space; 'tfjs' runs all sequences as one padded batch.
 * @throws when params or a sequence are invalid, or there is no sequence.
 * @example scoreEachHmm(p, [[0, 1], [2]]) // [ll0, ll1]
 */
export function scoreEachHmm(params: HmmParams, sequences: Sequence | readonly Sequence[], options: { engine?: HmmEngine } = {}): number[] {
  const { nSymbols } = validateParams(params, 'scoreHmm');
  const list = asSequenceList(sequences, 'scoreHmm');
  if (list.length === 0) throw new Error('scoreHmm: sequences is empty, expected at least one sequence');
  validateSequences(list, nSymbols, 'scoreHmm');
  if (options.engine === 'tfjs') return forwardTf(params, list).logLikelihood;
  if (options.engine !== undefined && options.engine !== 'reference') throw new Error(`scoreHmm: options.engine is ${JSON.stringify(options.engine)}, expected 'reference' or 'tfjs'`);
  const lp = logParams(params);
  return list.map((obs) => forwardLogFrom(lp, obs).logLikelihood);
}

/**
 * Total log-likelihood log P(O | params) of one sequence or the sum over many (hmmlearn's `score`).
 * -Infinity when a sequence is impossible under the model.
 * @throws when params or a sequence are invalid, or there is no sequence.
 * @example scoreHmm(wikipediaFever, [0, 1, 2]) // Math.log(0.03628)
 */
export function scoreHmm(params: HmmParams, sequences: Sequence | readonly Sequence[], options: { engine?: HmmEngine } = {}): number {
  let s = 0;
  for (const v of scoreEachHmm(params, sequences, options)) s += v;
  return s;
}
