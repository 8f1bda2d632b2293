import type { Logger } from '../core/logger.ts';

/**
 * State of an EM run, as plain data (hmmlearn's `ConvergenceMonitor`): the objective recorded at
 * every iteration, and whether the run has converged.
 */
export interface ConvergenceMonitor {
  /** Stop when an iteration improves the objective by less than this (absolute, hmmlearn's default 1e-2). */
  readonly tol: number;
  /** Stop after this many iterations. */
  readonly nIter: number;
  /** A decrease larger than precision * max(1, |previous|) is reported as a warning. */
  readonly precision: number;
  readonly history: readonly number[];
  readonly iter: number;
  readonly converged: boolean;
}

/**
 * A fresh monitor. Defaults: tol 1e-2 and nIter 10 (hmmlearn's), precision sqrt(machine epsilon)
 * relative (use about 1e-5 for float32 E-steps).
 * @throws when tol, nIter or precision are out of range.
 * @example createConvergenceMonitor({ nIter: 100 }).history // []
 */
export function createConvergenceMonitor(options: { tol?: number; nIter?: number; precision?: number } = {}): ConvergenceMonitor {
  const tol = options.tol ?? 1e-2;
  const nIter = options.nIter ?? 10;
  const precision = options.precision ?? Math.sqrt(Number.EPSILON);
  if (!(tol >= 0)) throw new Error(`createConvergenceMonitor: tol is ${tol}, expected a number >= 0`);
  if (!(Number.isInteger(nIter) && nIter >= 1)) throw new Error(`createConvergenceMonitor: nIter is ${nIter}, expected an integer >= 1`);
  if (!(precision >= 0)) throw new Error(`createConvergenceMonitor: precision is ${precision}, expected a number >= 0`);
  return { tol, nIter, precision, history: [], iter: 0, converged: false };
}

/**
 * Record one iteration's objective (log-likelihood, plus log-prior when pseudo-counts are used)
 * and return the updated monitor. Warns through `logger` when the objective decreased by more
 * than the precision: EM never decreases it, so that signals numerical trouble or a bug.
 * Converged when iter reaches nIter or the last improvement is below tol.
 * @throws when the objective is NaN.
 * @example recordIteration(m, -120.5, { logger }).history // [..., -120.5]
 */
export function recordIteration(monitor: ConvergenceMonitor, objective: number, options: { logger: Logger }): ConvergenceMonitor {
  if (Number.isNaN(objective)) throw new Error(`recordIteration: objective at iteration ${monitor.iter + 1} is NaN`);
  const history = [...monitor.history, objective];
  const prev = monitor.history[monitor.history.length - 1];
  if (prev !== undefined) {
    const delta = objective - prev;
    if (delta < -monitor.precision * Math.max(1, Math.abs(prev))) {
      options.logger.warn(`ConvergenceMonitor: objective decreased at iteration ${monitor.iter + 1}: ${prev} -> ${objective} (delta ${delta}); EM should never decrease it`);
    }
  }
  const iter = monitor.iter + 1;
  const converged = iter >= monitor.nIter || (prev !== undefined && objective - prev < monitor.tol);
  return { ...monitor, history, iter, converged };
}
