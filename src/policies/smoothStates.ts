import type { Matrix } from '../core/matrix.ts';
import type { PrincipledModel, StateObservation } from './principledHmm.ts';

export type { StateObservation } from './principledHmm.ts';

/**
 * Forward-backward smoothing for one negotiation under the `principled` model: the posteriors
 * P(S_t | D_1..D_T, C_1..C_T) for every observation t, with the scaled recursions of Rabiner
 * (1989, section V.A): alpha normalised at every step by c_t, beta divided by the same c_{t+1};
 * log-likelihood = sum_t log c_t. O(T * S^2).
 * @throws when an observation has probability 0 under every state.
 * @example smoothStates([{ debtor: 2, creditor: 6 }], model).posteriors[0] // equals the filtered belief
 */
export function smoothStates(observations: readonly StateObservation[], model: PrincipledModel): { posteriors: Matrix; logLikelihood: number } {
  const T = observations.length;
  const nS = model.initial.length;
  const lik = (t: number, s: number) => model.table[observations[t].creditor][s][observations[t].debtor];
  const alpha: Matrix = [];
  const scale: number[] = [];
  for (let t = 0; t < T; t++) {
    const a = new Array<number>(nS);
    let c = 0;
    for (let j = 0; j < nS; j++) {
      let prior = 0;
      if (t === 0) prior = model.initial[j];
      else for (let i = 0; i < nS; i++) prior += alpha[t - 1][i] * model.transition[i][j];
      a[j] = prior * lik(t, j);
      c += a[j];
    }
    if (!(c > 0)) {
      throw new Error(`smoothStates: observation ${t} (debtor ${observations[t].debtor}, creditor ${observations[t].creditor}) has probability 0 under every state`);
    }
    for (let j = 0; j < nS; j++) a[j] /= c;
    alpha.push(a);
    scale.push(c);
  }
  const posteriors: Matrix = new Array(T);
  let beta = new Array<number>(nS).fill(1);
  for (let t = T - 1; t >= 0; t--) {
    const g = alpha[t].map((a, s) => a * beta[s]);
    let total = 0;
    for (const v of g) total += v;
    posteriors[t] = g.map((v) => v / total);
    if (t > 0) {
      const next = new Array<number>(nS);
      for (let i = 0; i < nS; i++) {
        let b = 0;
        for (let j = 0; j < nS; j++) b += model.transition[i][j] * lik(t, j) * beta[j];
        next[i] = b / scale[t];
      }
      beta = next;
    }
  }
  let logLikelihood = 0;
  for (const c of scale) logLikelihood += Math.log(c);
  return { posteriors, logLikelihood };
}
