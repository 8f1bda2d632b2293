import { emotionAt, emotionIndex, type Emotion } from '../core/emotions.ts';
import { cloneMatrix, type Matrix, type Vector } from '../core/matrix.ts';
import type { PaperParameters } from '../core/paperParameters.ts';
import { bestResponses, breakTie } from '../game/bestResponse.ts';
import { eq4Switch } from './eq4Switch.ts';
import { resolveStepOptions, type EqStepOptions } from './eqStepOptions.ts';
import { emissionTable, stateEmission, type EmissionModel } from './principledEmission.ts';
import { principledFilter, principledPrediction, principledScores, type PrincipledModel } from './principledHmm.ts';
import type { PrincipledPrior } from './principledPrior.ts';
import { creditorTemperature, type DecisionTrace } from './types.ts';
import { wslsChoice } from './wslsChoice.ts';

/** Parameters the `principled` mode learns across negotiations. */
export interface PrincipledLearned {
  /** Table 5 creditor payoffs agent[d][e], moved by Eq. 7. */
  payoff: Matrix;
  /** Learned expected counts of P(D | S) (4x7), on top of the prior's pseudo-counts. */
  emissionCounts: Matrix;
}

/** Per-negotiation memory of the `principled` mode. */
export interface PrincipledEpisode {
  turn: number;
  /** D_t used at every turn (Neutral for the opening turn without a debtor message). */
  debtor: Emotion[];
  creditor: Emotion[];
  /** The creditor emotion in effect (Neutral at the start). */
  current: Emotion;
  /** Filtered belief over the four debtor states; null until the first real observation. */
  belief: Vector | null;
  lastPayoff: number | null;
  /** Real debtor emotions only, each with the creditor emotion it answered. */
  observations: { debtor: Emotion; creditor: Emotion }[];
}

export interface PrincipledState {
  learned: PrincipledLearned;
  episode: PrincipledEpisode;
}

/** Options of {@link principledStep}. */
export interface PrincipledStepOptions extends EqStepOptions {
  prior: PrincipledPrior;
  /** Default 'product'. */
  emissionModel?: EmissionModel;
  /** Multiply each Eq. 5 term by the paper's w(e, S'). Default false. */
  stateWeights?: boolean;
}

/** Learned parameters before any learning: Table 5 and zero learned counts. */
export function principledLearned(params: PaperParameters): PrincipledLearned {
  return { payoff: cloneMatrix(params.payoffAgent), emissionCounts: params.stateTransition.map(() => new Array(7).fill(0)) };
}

/** A fresh negotiation: no belief yet, C_cur = Neutral. */
export function principledEpisode(): PrincipledEpisode {
  return { turn: 0, debtor: [], creditor: [], current: 'Neutral', belief: null, lastPayoff: null, observations: [] };
}

/** The principled model (initial, transition, emission table) under the current learned counts. */
export function principledModel(learned: PrincipledLearned, options: Pick<PrincipledStepOptions, 'params' | 'prior' | 'emissionModel'>): PrincipledModel {
  const e = stateEmission(options.prior.emission, learned.emissionCounts, { strength: options.prior.strength });
  return {
    initial: options.params.stateInitial,
    transition: options.params.stateTransition,
    table: emissionTable(e, { creditorEmission: options.params.creditorToDebtorEmission, model: options.emissionModel ?? 'product' }),
  };
}

/**
 * One creditor turn of the `principled` mode. A real debtor emotion (detected not null) updates a
 * proper forward filter, P(D | S, C) from {@link emissionTable}, so the belief depends on what the
 * debtor expressed; the opening turn without a debtor message is no observation (no update, and it
 * is not counted by the Eq. 4 switch). The switch counts negatives over the last n real
 * observations (over all of them while fewer than n). HMM branch: argmax of the expected-payoff
 * Eq. 5 ({@link principledScores}) over the one-step prediction, ties by `tieRule`; otherwise WSLS
 * on row D_t of the learned payoffs. Returns the next state and the trace; the input is not modified.
 * O(E * S * E).
 */
export function principledStep(
  state: PrincipledState,
  detected: Emotion | null,
  options: PrincipledStepOptions,
): { state: PrincipledState; trace: DecisionTrace } {
  const o = resolveStepOptions(options, { caller: 'principledStep' });
  const { learned, episode } = state;
  const d = detected ?? 'Neutral';
  const di = emotionIndex(d);
  const model = principledModel(learned, options);
  const observed = detected !== null;
  const belief = observed ? principledFilter(episode.belief, { debtor: di, creditor: emotionIndex(episode.current) }, model) : episode.belief;
  const observations = observed ? [...episode.observations, { debtor: d, creditor: episode.current }] : episode.observations;
  const { active, negativeCount, window } = eq4Switch(observations.map((x) => x.debtor), { k: o.k, n: o.n });
  const prediction = principledPrediction(belief, model);
  const turn = episode.turn + 1;
  const common = {
    policy: o.policy, turn, detected: d, hmmMode: 'principled' as const, negativeCount, window,
    belief: belief ?? model.initial.slice(), prediction, temperature: creditorTemperature(turn),
  };
  let chosen: number;
  let lastPayoff = episode.lastPayoff;
  let trace: DecisionTrace;
  if (o.forceHmm || active) {
    const weights = options.stateWeights === true ? o.params.stateEmotionWeights : undefined;
    const scores = principledScores(prediction, { table: model.table, payoff: learned.payoff, weights });
    const tied = bestResponses(scores);
    chosen = breakTie(tied, o.tieRule, o.rng);
    const note = `HMM branch: expected payoff${weights ? ' x w(e, S)' : ''}${tied.length > 1 ? `, ${tied.length} tied (${o.tieRule})` : ''}`;
    trace = { ...common, branch: 'hmm', scores, chosen: emotionAt(chosen), note: observed ? note : `${note}; no debtor message yet` };
  } else {
    const row = learned.payoff[di];
    const w = wslsChoice(row, episode.lastPayoff, { threshold: o.wslsThreshold, tieRule: o.tieRule, rng: o.rng });
    chosen = w.index;
    lastPayoff = w.payoff;
    trace = { ...common, branch: 'wsls', scores: row.slice(), chosen: emotionAt(chosen), note: w.note };
  }
  const c = emotionAt(chosen);
  return {
    state: {
      learned,
      episode: { turn, debtor: [...episode.debtor, d], creditor: [...episode.creditor, c], current: c, belief, lastPayoff, observations },
    },
    trace,
  };
}
