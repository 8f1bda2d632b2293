import { emotionAt, emotionIndex, type Emotion } from '../core/emotions.ts';
import { argmaxFirst, cloneMatrix, type Matrix, type Vector } from '../core/matrix.ts';
import type { PaperParameters } from '../core/paperParameters.ts';
import { eq4Switch } from './eq4Switch.ts';
import { resolveStepOptions, type EqStepOptions } from './eqStepOptions.ts';
import { paperCodeBelief, paperCodeScores } from './paperCodeHmm.ts';
import { creditorTemperature, type DecisionTrace } from './types.ts';
import { wslsChoice } from './wslsChoice.ts';

/** Parameters the 2511 engine learns across negotiations (METHOD.md section 9 step 7). */
export interface PaperCodeLearned {
  /** Table 5 creditor payoffs agent[d][e]. */
  payoff: Matrix;
  /** B: Table 4b P(D | C), rows creditor emotions. */
  emission: Matrix;
  /** T: Table 4a P(C_{t+1} | C_t). Learned but never read by a decision (as in the code). */
  transition: Matrix;
}

/** Per-negotiation memory of the 2511 engine; reset at every negotiation. */
export interface PaperCodeEpisode {
  /** Decisions made so far. */
  turn: number;
  /** D_t of every turn (Neutral before the first debtor message), in order. */
  debtor: Emotion[];
  /** C_t chosen at every turn. */
  creditor: Emotion[];
  /** C_cur: the creditor emotion in effect (Neutral at the start). */
  current: Emotion;
  /** bel(S_t) over the four debtor states; starts as the initial distribution. */
  belief: Vector;
  /** WSLS memory: payoff of the emotion the WSLS branch last chose (null: none yet). */
  lastPayoff: number | null;
}

export interface PaperCodeState {
  learned: PaperCodeLearned;
  episode: PaperCodeEpisode;
}

/** The 2511 engine's learned parameters before any learning: copies of Tables 5, 4b and 4a. */
export function paperCodeLearned(params: PaperParameters): PaperCodeLearned {
  return {
    payoff: cloneMatrix(params.payoffAgent),
    emission: cloneMatrix(params.creditorToDebtorEmission),
    transition: cloneMatrix(params.creditorTransition),
  };
}

/** A fresh negotiation of the 2511 engine: belief = initial distribution, C_cur = Neutral. */
export function paperCodeEpisode(params: PaperParameters): PaperCodeEpisode {
  return { turn: 0, debtor: [], creditor: [], current: 'Neutral', belief: params.stateInitial.slice(), lastPayoff: null };
}

/**
 * One creditor turn of the authors' 2511 engine (`paper-code` mode), steps 1-6 of METHOD.md
 * section 9, reproduced exactly: D_t = detected (Neutral when null) is appended to the history; the
 * belief is updated with the degenerate emission term (it ignores D_t); the Eq. 4 switch counts
 * negatives over the last n (over all of them while fewer than n); the HMM branch takes the
 * first-index argmax of (max_d B[e][d]) * sum_s next[s] W[s][e]; otherwise WSLS on row D_t of the
 * learned payoffs. Returns the next state and the decision trace; the input state is not modified.
 * O(S^2 + S * E + n).
 * @example paperCodeStep(state, null, { params }).trace.chosen // 'Joy' (row Neutral of Table 5: Joy first of the 3s)
 */
export function paperCodeStep(
  state: PaperCodeState,
  detected: Emotion | null,
  options: EqStepOptions,
): { state: PaperCodeState; trace: DecisionTrace } {
  const o = resolveStepOptions(options, { caller: 'paperCodeStep' });
  const { learned, episode } = state;
  const d = detected ?? 'Neutral';
  const di = emotionIndex(d);
  const model = {
    stateTransition: o.params.stateTransition,
    stateEmotionWeights: o.params.stateEmotionWeights,
    emission: learned.emission,
  };
  const debtor = [...episode.debtor, d];
  const belief = paperCodeBelief(episode.belief, { debtor: di, creditor: emotionIndex(episode.current) }, model);
  const { active, negativeCount, window } = eq4Switch(debtor, { k: o.k, n: o.n });
  const { prediction, scores: hmmScores } = paperCodeScores(belief, model);
  const turn = episode.turn + 1;
  let chosen: number;
  let lastPayoff = episode.lastPayoff;
  let trace: DecisionTrace;
  const common = { policy: o.policy, turn, detected: d, hmmMode: 'paper-code' as const, negativeCount, window, belief, prediction };
  if (o.forceHmm || active) {
    chosen = argmaxFirst(hmmScores, 0);
    trace = { ...common, branch: 'hmm', scores: hmmScores, chosen: emotionAt(chosen), temperature: creditorTemperature(turn), note: 'HMM branch: first-index argmax' };
  } else {
    const row = learned.payoff[di];
    const w = wslsChoice(row, episode.lastPayoff, { threshold: o.wslsThreshold, tieRule: o.tieRule, rng: o.rng });
    chosen = w.index;
    lastPayoff = w.payoff;
    trace = { ...common, branch: 'wsls', scores: row.slice(), chosen: emotionAt(chosen), temperature: creditorTemperature(turn), note: w.note };
  }
  const c = emotionAt(chosen);
  return {
    state: { learned, episode: { turn, debtor, creditor: [...episode.creditor, c], current: c, belief, lastPayoff } },
    trace,
  };
}
