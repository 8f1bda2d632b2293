import type { Matrix, Vector } from '../core/matrix.ts';

/** One observation: the debtor's emotion and the creditor emotion it answered (indices into EMOTIONS). */
export interface StateObservation {
  debtor: number;
  creditor: number;
}

/** What the principled filter and score read. */
export interface PrincipledModel {
  /** P(S_1): the paper's initial distribution. */
  initial: Vector;
  /** P(S_{t+1} | S_t): the paper's transition matrix. */
  transition: Matrix;
  /** table[c][s][d] = P(D = d | S = s, C = c), from {@link emissionTable}. */
  table: number[][][];
}

/**
 * Forward filter step of the `principled` mode (Eqs. 2-3 with a real emission model):
 * bel'(s) proportional to P(D_t | s, C) * prior(s), where prior = the initial distribution before
 * the first observation (belief null) and ST^T bel afterwards. Unlike the paper-code filter the
 * result depends on the debtor's emotion. Normalised at every step (scaled filter); uniform if the
 * evidence has probability 0 under every state. O(S^2).
 * @example principledFilter(null, { debtor: 2, creditor: 6 }, model) // belief after one Anger reply to a Neutral creditor
 */
export function principledFilter(belief: Vector | null, observation: StateObservation, model: PrincipledModel): Vector {
  const { debtor, creditor } = observation;
  const prior = principledPrediction(belief, model);
  const lik = model.table[creditor];
  const out = prior.map((p, s) => p * lik[s][debtor]);
  let total = 0;
  for (const v of out) total += v;
  if (!(total > 0)) return out.map(() => 1 / out.length);
  return out.map((v) => v / total);
}

/**
 * Eq. 6: P(S at the next debtor message | history) = ST^T bel, or the initial distribution when
 * nothing has been observed yet (belief null). O(S^2).
 */
export function principledPrediction(belief: Vector | null, model: Pick<PrincipledModel, 'initial' | 'transition'>): Vector {
  if (belief === null) return model.initial.slice();
  const nS = belief.length;
  const out = new Array<number>(nS).fill(0);
  for (let i = 0; i < nS; i++) for (let j = 0; j < nS; j++) out[j] += model.transition[i][j] * belief[i];
  return out;
}

/**
 * Expected-payoff Eq. 5 of the `principled` mode:
 * score(e) = sum_{S'} P(S' | H_t) sum_{D'} P(D' | S', C = e) * agent[D'][e], optionally multiplied
 * by the paper's state-emotion weight w(e, S') (`weights`, rows states). The creditor's expected
 * payoff of showing e next, given where the debtor is predicted to be. O(E * S * E).
 */
export function principledScores(prediction: Vector, options: { table: number[][][]; payoff: Matrix; weights?: Matrix }): Vector {
  const { table, payoff, weights } = options;
  const nE = table.length;
  const scores = new Array<number>(nE).fill(0);
  for (let e = 0; e < nE; e++) {
    let score = 0;
    for (let s = 0; s < prediction.length; s++) {
      const pD = table[e][s];
      let expected = 0;
      for (let d = 0; d < pD.length; d++) expected += pD[d] * payoff[d][e];
      score += prediction[s] * expected * (weights === undefined ? 1 : weights[s][e]);
    }
    scores[e] = score;
  }
  return scores;
}
