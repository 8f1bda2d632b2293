import { emotionAt, emotionIndex, type Emotion } from '../core/emotions.ts';
import { argmaxFirst, cloneMatrix, type Matrix, type Vector } from '../core/matrix.ts';
import type { PaperParameters } from '../core/paperParameters.ts';
import { eq4Switch } from './eq4Switch.ts';
import { resolveStepOptions, type EqStepOptions } from './eqStepOptions.ts';
import { payoffBestResponse } from './payoffBestResponse.ts';
import { creditorTemperature, type DecisionTrace } from './types.ts';

/** Count matrices of the 2503 engine; the model is their row-normalised form. */
export interface Hmm2503Learned {
  /** Creditor emotion -> next creditor emotion counts (start: Table 4a). */
  transitionCounts: Matrix;
  /** Creditor emotion -> debtor emotion counts (start: Table 4b). */
  emissionCounts: Matrix;
}

/** Per-negotiation memory of the 2503 engine. */
export interface Hmm2503Episode {
  turn: number;
  debtor: Emotion[];
  creditor: Emotion[];
  /** C_{t-1}: the creditor emotion in effect; null before the first choice. */
  current: Emotion | null;
  /** C_{t-2}; null until two choices were made. */
  previous: Emotion | null;
}

export interface Hmm2503State {
  learned: Hmm2503Learned;
  episode: Hmm2503Episode;
}

/** Options of {@link hmm2503Step}: k defaults to 3, tieRule to 'random' (the 2503 code). */
export interface Hmm2503StepOptions extends EqStepOptions {
  /** Add this turn's counts (default true). */
  online?: boolean;
}

/** Counts before any learning: Tables 4a and 4b (rows normalised on load). */
export function hmm2503Learned(params: PaperParameters): Hmm2503Learned {
  return { transitionCounts: cloneMatrix(params.creditorTransition), emissionCounts: cloneMatrix(params.creditorToDebtorEmission) };
}

/** A fresh negotiation of the 2503 engine. */
export function hmm2503Episode(): Hmm2503Episode {
  return { turn: 0, debtor: [], creditor: [], current: null, previous: null };
}

/**
 * The 2503 prediction (METHOD.md section 9, "2503 engine"): with T and B the row-normalised count
 * matrices, belief(j) proportional to T[c][j] * B[j][d] (the creditor-emotion state after observing
 * d from state c) and scores(j) proportional to belief(j) * bias[j], both normalised. O(E^2).
 * @example hmm2503Scores(hmm2503Learned(params), { creditor: 6, debtor: 2, bias: params.negativeBias2503 }).scores // largest at Anger (index 2)
 */
export function hmm2503Scores(learned: Hmm2503Learned, options: { creditor: number; debtor: number; bias: readonly number[] }): { belief: Vector; scores: Vector } {
  const { creditor, debtor, bias } = options;
  const tRow = learned.transitionCounts[creditor];
  let tTotal = 0;
  for (const v of tRow) tTotal += v;
  const raw = learned.emissionCounts.map((row, j) => {
    let bTotal = 0;
    for (const v of row) bTotal += v;
    return (tRow[j] / tTotal) * (row[debtor] / bTotal);
  });
  return { belief: normalise(raw), scores: normalise(raw.map((v, j) => v * bias[j])) };
}

function normalise(v: number[]): number[] {
  let total = 0;
  for (const x of v) total += x;
  return total > 0 ? v.map((x) => x / total) : v.map(() => 1 / v.length);
}

/**
 * One creditor turn of the 2503 engine (`2503` mode). D_t = detected (Neutral when null) enters the
 * window. First turn (no creditor emotion yet): Eq. 1 best response. Later: the HMM branch when the
 * window holds n debtor emotions with at least k negatives (3 of 5), taking the first-index argmax
 * of {@link hmm2503Scores}; otherwise Eq. 1, ties by `tieRule` (default random, as the code's
 * random.choice). Then, when online, the counts learn from this turn: emissionCounts[C_{t-1}][D_t]
 * += 1 and, from the third turn, transitionCounts[C_{t-2}][C_{t-1}] += 1. Returns the next state
 * (new matrices when counts change) and the trace. O(E^2).
 */
export function hmm2503Step(
  state: Hmm2503State,
  detected: Emotion | null,
  options: Hmm2503StepOptions,
): { state: Hmm2503State; trace: DecisionTrace } {
  const o = resolveStepOptions(options, { caller: 'hmm2503Step', k: 3, tieRule: 'random' });
  const { learned, episode } = state;
  const d = detected ?? 'Neutral';
  const di = emotionIndex(d);
  const debtor = [...episode.debtor, d];
  const { active, negativeCount, window } = eq4Switch(debtor, { k: o.k, n: o.n, fullWindow: true });
  const turn = episode.turn + 1;
  const ci = episode.current === null ? null : emotionIndex(episode.current);
  const hmm = ci === null ? null : hmm2503Scores(learned, { creditor: ci, debtor: di, bias: o.params.negativeBias2503 });
  const common = { policy: o.policy, turn, detected: d, hmmMode: '2503' as const, negativeCount, window, temperature: creditorTemperature(turn) };
  let chosen: number;
  let trace: DecisionTrace;
  if (hmm !== null && (o.forceHmm || active)) {
    chosen = argmaxFirst(hmm.scores, 0);
    trace = { ...common, branch: 'hmm', belief: hmm.belief, scores: hmm.scores, chosen: emotionAt(chosen), note: 'HMM branch: argmax T[c][j] B[j][d] bias[j]' };
  } else {
    const row = o.params.payoffAgent[di];
    chosen = payoffBestResponse(row, { tieRule: o.tieRule, rng: o.rng });
    const why = hmm === null ? 'first turn: no creditor emotion yet' : 'Eq. 4 switch off';
    trace = { ...common, branch: 'payoff', ...(hmm ? { belief: hmm.belief } : {}), scores: row.slice(), chosen: emotionAt(chosen), note: `${why}; best response (${o.tieRule} ties)` };
  }
  let next = learned;
  if (options.online !== false && ci !== null) {
    const emissionCounts = learned.emissionCounts.slice();
    emissionCounts[ci] = emissionCounts[ci].slice();
    emissionCounts[ci][di] += 1;
    let transitionCounts = learned.transitionCounts;
    if (episode.previous !== null) {
      const pi = emotionIndex(episode.previous);
      transitionCounts = transitionCounts.slice();
      transitionCounts[pi] = transitionCounts[pi].slice();
      transitionCounts[pi][ci] += 1;
    }
    next = { transitionCounts, emissionCounts };
  }
  const c = emotionAt(chosen);
  return {
    state: { learned: next, episode: { turn, debtor, creditor: [...episode.creditor, c], current: c, previous: episode.current } },
    trace,
  };
}
