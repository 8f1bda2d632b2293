import type { Matrix, Vector } from '../core/matrix.ts';
import { maximizeStats } from './maximizeStats.ts';
import { pseudoCountsFromParams, resolvePseudoCounts, type PseudoCounts, type ResolvedPseudoCounts } from './pseudoCounts.ts';
import { expectedCounts } from './reference/expectedCounts.ts';
import type { HmmParams, Sequence } from './types.ts';
import { validateParams } from './validateParams.ts';

/** Online-learning state: current parameters and decayed expected counts, all plain data (JSON-safe). */
export interface OnlineHmm {
  params: HmmParams;
  /** Expected counts accumulated so far, each multiplied by `forgetting` at every update. */
  counts: { start: Vector; trans: Matrix; emission: Matrix };
  pseudoCounts: ResolvedPseudoCounts;
  forgetting: number;
  /** Number of updates (batches of sequences) absorbed. */
  nUpdates: number;
}

/** Options of {@link createOnlineHmm}. */
export interface OnlineHmmOptions {
  /** Explicit Dirichlet pseudo-counts. When absent, `priorStrength` times the initial parameters. */
  pseudoCounts?: PseudoCounts;
  /** Pseudo-observations per row of a prior centred on the initial parameters (default 10). */
  priorStrength?: number;
  /** Multiplier of past counts at each update, in (0, 1]; 1 (default) keeps everything, 0.95 remembers ~20 updates. */
  forgetting?: number;
}

/**
 * Start online learning with no pre-training: no counts yet, parameters as given (e.g. the
 * paper's published matrices, or a random init), and a Dirichlet prior that by default is
 * centred on them with `priorStrength` pseudo-observations per row, so early updates move the
 * parameters gently and zero counts never produce a zero probability.
 * @throws when params or options are invalid.
 * @example createOnlineHmm(paperModel, { forgetting: 0.95 }).nUpdates // 0
 */
export function createOnlineHmm(params: HmmParams, options: OnlineHmmOptions = {}): OnlineHmm {
  const { nStates: n, nSymbols: m } = validateParams(params, 'createOnlineHmm');
  const forgetting = options.forgetting ?? 1;
  if (!(forgetting > 0 && forgetting <= 1)) throw new Error(`createOnlineHmm: options.forgetting is ${forgetting}, expected a number in (0, 1]`);
  const pseudoCounts = options.pseudoCounts !== undefined
    ? resolvePseudoCounts(options.pseudoCounts, n, m, 'createOnlineHmm')
    : pseudoCountsFromParams(params, options.priorStrength ?? 10);
  const zeros = (r: number, c: number) => Array.from({ length: r }, () => new Array<number>(c).fill(0));
  return {
    params: { startProb: params.startProb.slice(), transMat: params.transMat.map((r) => r.slice()), emissionProb: params.emissionProb.map((r) => r.slice()) },
    counts: { start: new Array<number>(n).fill(0), trans: zeros(n, n), emission: zeros(n, m) },
    pseudoCounts,
    forgetting,
    nUpdates: 0,
  };
}

/**
 * Absorb one or more new sequences (e.g. one finished negotiation): expected counts under the
 * current parameters (float64 E-step) are added to the decayed past counts,
 * counts <- forgetting * counts + E[counts | new sequences], and the parameters become the
 * normalised counts plus pseudo-counts (stepwise/incremental EM: Neal & Hinton 1998; Cappe 2011).
 * Returns a new state; the input is not modified.
 * @throws when a sequence is invalid or has probability 0 under the current parameters.
 * @example updateOnlineHmm(state, [[6, 2, 2, 1]]).nUpdates // state.nUpdates + 1
 */
export function updateOnlineHmm(state: OnlineHmm, sequences: readonly Sequence[]): OnlineHmm {
  const stats = expectedCounts(state.params, sequences);
  const lambda = state.forgetting;
  const decay = (past: ArrayLike<number>, add: ArrayLike<number>) => Array.from(past, (v, j) => lambda * v + add[j]);
  const counts = {
    start: decay(state.counts.start, stats.start),
    trans: state.counts.trans.map((r, i) => decay(r, stats.trans[i])),
    emission: state.counts.emission.map((r, i) => decay(r, stats.emission[i])),
  };
  const params = maximizeStats(counts, { pseudoCounts: state.pseudoCounts, previous: state.params });
  return { ...state, params, counts, nUpdates: state.nUpdates + 1 };
}
