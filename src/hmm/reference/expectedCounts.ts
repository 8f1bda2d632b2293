import { logParams, type LogParams } from '../logParams.ts';
import type { HmmParams, Sequence, SufficientStats } from '../types.ts';
import { validateParams } from '../validateParams.ts';
import { validateSequences } from '../validateSequences.ts';
import { backwardLogFrom } from './backwardLog.ts';
import { forwardLogFrom, logSumExpArray } from './forwardLog.ts';
import { impossibleSequenceError } from './posteriorsLog.ts';
import { posteriorsScaledFrom } from './posteriorsScaled.ts';

/** Options of {@link expectedCounts}. */
export interface ExpectedCountsOptions {
  /** 'log' (default): log-space forward-backward, exact at any scale; 'scaled': Rabiner scaling, faster. */
  method?: 'log' | 'scaled';
}

/**
 * Baum-Welch E-step, float64: expected initial-state, transition and emission counts summed over
 * sequences, and the total log-likelihood (Rabiner 1989, eqs. 37-40a-c; Bishop 2006, 13.2.1).
 * Transition counts sum xi_t(i, j) = P(S_t = i, S_{t+1} = j | O) over t, emission counts sum
 * gamma_t(i) over the steps that emitted each symbol. O(sum_s T_s N^2) time.
 * @throws when params or a sequence are invalid, or when a sequence has probability 0.
 * @example expectedCounts(p, [[0, 1, 1], [2]]).start // sums to 2 (one per sequence)
 */
export function expectedCounts(params: HmmParams, sequences: readonly Sequence[], options: ExpectedCountsOptions = {}): SufficientStats {
  const { nStates: n, nSymbols: m } = validateParams(params, 'expectedCounts');
  validateSequences(sequences, m, 'expectedCounts');
  const method = options.method ?? 'log';
  if (method !== 'log' && method !== 'scaled') throw new Error(`expectedCounts: options.method is ${JSON.stringify(method)}, expected 'log' or 'scaled'`);
  const stats: SufficientStats = {
    start: new Array(n).fill(0),
    trans: Array.from({ length: n }, () => new Array(n).fill(0)),
    emission: Array.from({ length: n }, () => new Array(m).fill(0)),
    logLikelihood: 0,
    nSequences: sequences.length,
  };
  const lp = method === 'log' ? logParams(params) : undefined;
  sequences.forEach((obs, s) => {
    if (lp) accumulateLog(stats, lp, obs, s);
    else accumulateScaled(stats, params, obs, s);
  });
  return stats;
}

function accumulateLog(stats: SufficientStats, lp: LogParams, obs: Sequence, s: number): void {
  const n = lp.nStates;
  const { logAlpha, logLikelihood } = forwardLogFrom(lp, obs);
  if (logLikelihood === -Infinity) throw impossibleSequenceError('expectedCounts', logAlpha, s);
  const logBeta = backwardLogFrom(lp, obs);
  stats.logLikelihood += logLikelihood;
  const row = new Float64Array(n);
  const posteriors = logAlpha.map((la, t) => {
    for (let i = 0; i < n; i++) row[i] = la[i] + logBeta[t][i];
    const norm = logSumExpArray(row);
    return Array.from(row, (v) => Math.exp(v - norm));
  });
  addGamma(stats, posteriors, obs);
  for (let t = 0; t + 1 < obs.length; t++) {
    const la = logAlpha[t];
    const o = obs[t + 1];
    const lb = logBeta[t + 1];
    for (let i = 0; i < n; i++) {
      const lt = lp.logTrans[i];
      const ti = stats.trans[i];
      for (let j = 0; j < n; j++) ti[j] += Math.exp(la[i] + lt[j] + lp.logEmission[j][o] + lb[j] - logLikelihood);
    }
  }
}

function accumulateScaled(stats: SufficientStats, params: HmmParams, obs: Sequence, s: number): void {
  const n = params.startProb.length;
  let result;
  try {
    result = posteriorsScaledFrom(params, obs, 'expectedCounts');
  } catch (err) {
    throw new Error(`${(err as Error).message} (sequence ${s})`);
  }
  const { posteriors, alpha, beta, scale, logLikelihood } = result;
  stats.logLikelihood += logLikelihood;
  addGamma(stats, posteriors, obs);
  for (let t = 0; t + 1 < obs.length; t++) {
    const a = alpha[t];
    const o = obs[t + 1];
    const b = beta[t + 1];
    const c = scale[t + 1];
    for (let i = 0; i < n; i++) {
      const row = params.transMat[i];
      const ti = stats.trans[i];
      for (let j = 0; j < n; j++) ti[j] += (a[i] * row[j] * params.emissionProb[j][o] * b[j]) / c;
    }
  }
}

function addGamma(stats: SufficientStats, posteriors: number[][], obs: Sequence): void {
  const n = stats.start.length;
  for (let i = 0; i < n; i++) stats.start[i] += posteriors[0][i];
  for (let t = 0; t < obs.length; t++) {
    const g = posteriors[t];
    const o = obs[t];
    for (let i = 0; i < n; i++) stats.emission[i][o] += g[i];
  }
}
