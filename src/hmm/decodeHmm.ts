import { logParams } from './logParams.ts';
import { viterbiLogFrom } from './reference/viterbiLog.ts';
import { viterbiTf } from './tfjs/viterbiTf.ts';
import type { DecodeResult, HmmEngine, HmmParams, Sequence } from './types.ts';
import { validateParams } from './validateParams.ts';
import { validateSequences } from './validateSequences.ts';

/**
 * Most likely state path of one sequence and its joint log-probability (Viterbi; hmmlearn's
 * `decode`, whose path is also `predict`). Ties go to the lowest state index.
 * @throws when params or the sequence are invalid.
 * @example decodeHmm(wikipediaFever, [0, 1, 2]) // { path: [0, 0, 1], logProb: Math.log(0.01512) }
 */
export function decodeHmm(params: HmmParams, sequence: Sequence, options: { engine?: HmmEngine } = {}): DecodeResult {
  const { nSymbols } = validateParams(params, 'decodeHmm');
  validateSequences([sequence], nSymbols, 'decodeHmm');
  if (options.engine === 'tfjs') return viterbiTf(params, [sequence])[0];
  if (options.engine !== undefined && options.engine !== 'reference') throw new Error(`decodeHmm: options.engine is ${JSON.stringify(options.engine)}, expected 'reference' or 'tfjs'`);
  return viterbiLogFrom(logParams(params), sequence);
}
