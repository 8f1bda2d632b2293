import { silentLogger, type Logger } from '../core/logger.ts';
import { baumWelchSteps, type BaumWelchOptions } from './baumWelchSteps.ts';
import { createConvergenceMonitor, recordIteration, type ConvergenceMonitor } from './convergenceMonitor.ts';
import type { HmmParams, Sequence } from './types.ts';

/** Options of {@link fitHmm}. */
export interface FitOptions extends BaumWelchOptions {
  /** Maximum EM iterations (hmmlearn's n_iter, default 10). */
  nIter?: number;
  /** Stop when the objective improves by less than this (hmmlearn's tol, default 1e-2). */
  tol?: number;
  /** Relative decrease that triggers a warning (default sqrt(eps) for 'reference', 1e-5 for 'tfjs'). */
  precision?: number;
  /** Receives the monitor's warnings (default: silent). */
  logger?: Logger;
}

/**
 * Fit by Baum-Welch from initial parameters over many sequences of different lengths
 * (hmmlearn's `fit`): iterate until the objective improves by less than `tol` or `nIter`
 * iterations ran; the monitor records the objective history and warns through the logger when
 * it decreases. Returns the parameters after the last M-step and the monitor.
 * @throws when params, sequences or options are invalid, or a sequence has probability 0.
 * @example fitHmm(randomHmmParams(4, 7, { rng }), seqs, { nIter: 50 }).monitor.history
 */
export function fitHmm(params: HmmParams, sequences: readonly Sequence[], options: FitOptions = {}): { params: HmmParams; monitor: ConvergenceMonitor } {
  const logger = options.logger ?? silentLogger;
  const precision = options.precision ?? (options.engine === 'tfjs' ? 1e-5 : undefined);
  let monitor = createConvergenceMonitor({ tol: options.tol, nIter: options.nIter, precision });
  let fitted = params;
  for (const step of baumWelchSteps(params, sequences, options)) {
    fitted = step.params;
    monitor = recordIteration(monitor, step.objective, { logger });
    if (monitor.converged) break;
  }
  return { params: fitted, monitor };
}
