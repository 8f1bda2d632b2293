import type { Matrix, Vector } from '../core/matrix.ts';

/** The fixed and learned matrices the 2511 engine reads (METHOD.md section 9). */
export interface PaperCodeModel {
  /** ST: hidden-state transition P(S_{t+1} | S_t), 4x4. */
  stateTransition: Matrix;
  /** W: state-emotion weights, rows states, columns creditor emotions, 4x7. */
  stateEmotionWeights: Matrix;
  /** B: Table 4b P(D | C) as currently learned, rows creditor emotions, 7x7. */
  emission: Matrix;
}

/**
 * The 2511 engine's belief update, exactly as the authors' code computes it (METHOD.md section 9
 * step 2; observation.creditor is C_cur, the creditor emotion in effect): lik[s] = W[s][C_cur] * B[C_cur][D_t]; pred = ST^T bel; bel' = normalise(lik * pred),
 * uniform when the sum is 0. The emission factor B[C_cur][D_t] is the same for every state and
 * cancels in the normalisation, so the result does not depend on `observation.debtor` (the known defect) beyond rounding.
 * O(S^2).
 * @example paperCodeBelief([0.4, 0.2, 0.2, 0.2], { debtor: 6, creditor: 6 }, model) // [11/35, 6/25, 4/25, 2/7]
 */
export function paperCodeBelief(
  belief: readonly number[],
  observation: { debtor: number; creditor: number },
  model: PaperCodeModel,
): Vector {
  const { debtor, creditor: creditorCurrent } = observation;
  const { stateTransition: st, stateEmotionWeights: w, emission: b } = model;
  const nS = belief.length;
  const out = new Array<number>(nS);
  const e = b[creditorCurrent][debtor];
  let total = 0;
  for (let j = 0; j < nS; j++) {
    let pred = 0;
    for (let i = 0; i < nS; i++) pred += st[i][j] * belief[i];
    out[j] = w[j][creditorCurrent] * e * pred;
    total += out[j];
  }
  if (!(total > 0)) return out.fill(1 / nS);
  for (let j = 0; j < nS; j++) out[j] /= total;
  return out;
}

/**
 * The 2511 engine's HMM-branch scores (METHOD.md section 9 step 4): next = ST^T bel and
 * score(e) = (max_d B[e][d]) * sum_s next[s] * W[s][e]. The "P(D_{t+1} | S_{t+1}, C = e)" of
 * Eq. 5 is replaced by the largest entry of row e of Table 4b, again the same for every state.
 * O(S^2 + S * E).
 */
export function paperCodeScores(belief: readonly number[], model: PaperCodeModel): { prediction: Vector; scores: Vector } {
  const { stateTransition: st, stateEmotionWeights: w, emission: b } = model;
  const nS = belief.length;
  const prediction = new Array<number>(nS).fill(0);
  for (let i = 0; i < nS; i++) for (let j = 0; j < nS; j++) prediction[j] += st[i][j] * belief[i];
  // Summed in the code's order: score += next[s] * max(B[e]) * W[s][e].
  const scores = b.map((row, e) => {
    const response = Math.max(...row);
    let score = 0;
    for (let s = 0; s < nS; s++) score += prediction[s] * response * w[s][e];
    return score;
  });
  return { prediction, scores };
}
