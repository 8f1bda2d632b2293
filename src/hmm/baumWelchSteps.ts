import { maximizeStats } from './maximizeStats.ts';
import { dirichletLogPrior, resolvePseudoCounts, type PseudoCounts } from './pseudoCounts.ts';
import { expectedCounts } from './reference/expectedCounts.ts';
import { expectedCountsTf } from './tfjs/expectedCountsTf.ts';
import type { HmmEngine, HmmParams, Sequence } from './types.ts';
import { validateParams } from './validateParams.ts';
import { validateSequences } from './validateSequences.ts';

/** Options of {@link baumWelchSteps}. */
export interface BaumWelchOptions {
  /** 'reference' (default): float64 log-space E-step; 'tfjs': batched float32 E-step (call initTf first). */
  engine?: HmmEngine;
  /** Dirichlet pseudo-counts added in the M-step (default none: maximum likelihood). */
  pseudoCounts?: PseudoCounts;
}

/** One EM iteration: the E-step ran on `previous`, the M-step produced `params`. */
export interface BaumWelchIterate {
  iteration: number;
  /** Total log-likelihood of the sequences under `previous`. */
  logLikelihood: number;
  /** logLikelihood + Dirichlet log-prior of `previous`: what EM never decreases. */
  objective: number;
  previous: HmmParams;
  params: HmmParams;
}

/**
 * Baum-Welch (EM) as an endless generator of iterates (Rabiner 1989, eqs. 40a-c; Baum et al. 1970):
 * each step runs the E-step on the current parameters over every sequence and re-estimates them.
 * The consumer decides when to stop (see {@link fitHmm}). Sequences may have different lengths.
 * @throws when params, a sequence or an option is invalid, or a sequence has probability 0.
 * @example const it = baumWelchSteps(p, seqs); it.next().value.logLikelihood
 */
export function* baumWelchSteps(params: HmmParams, sequences: readonly Sequence[], options: BaumWelchOptions = {}): Generator<BaumWelchIterate, never, undefined> {
  const { nStates, nSymbols } = validateParams(params, 'baumWelchSteps');
  validateSequences(sequences, nSymbols, 'baumWelchSteps');
  if (sequences.length === 0) throw new Error('baumWelchSteps: sequences is empty, expected at least one sequence');
  const engine = options.engine ?? 'reference';
  if (engine !== 'reference' && engine !== 'tfjs') throw new Error(`baumWelchSteps: options.engine is ${JSON.stringify(engine)}, expected 'reference' or 'tfjs'`);
  const pc = resolvePseudoCounts(options.pseudoCounts, nStates, nSymbols, 'baumWelchSteps');
  let current = params;
  for (let iteration = 1; ; iteration++) {
    const stats = engine === 'tfjs' ? expectedCountsTf(current, sequences) : expectedCounts(current, sequences);
    const next = maximizeStats(stats, { pseudoCounts: pc, previous: current });
    const objective = stats.logLikelihood + dirichletLogPrior(current, pc);
    yield { iteration, logLikelihood: stats.logLikelihood, objective, previous: current, params: next };
    current = next;
  }
}
