import { emotionIndex, type Emotion } from '../core/emotions.ts';
import type { Matrix } from '../core/matrix.ts';

/**
 * How a payoff entry is updated. 'float' (default): agent[d][c] += delta, as METHOD.md section 9
 * step 7 states. 'int-truncate': what the authors' code actually computes, because its payoff matrix
 * is a numpy int64 array and `m[d, c] += 0.05 * r` casts the sum back to an integer (truncation
 * towards zero): a success (+0.05) changes nothing, a failure (-0.025) lowers a positive entry by 1.
 */
export type PayoffArithmetic = 'float' | 'int-truncate';

/**
 * Eq. 7 payoff learning: for every turn's pair (D_t, C_t) of a negotiation, agent[D_t][C_t] += delta
 * (delta = 0.05 * reward; reward +1 on success, -0.5 on failure). A pair seen m times moves by
 * m * delta. Returns a new matrix. O(turns).
 * @throws when the two sequences differ in length.
 * @example updatePayoff(params.payoffAgent, { debtor: ['Anger'], creditor: ['Surprise'] }, { delta: -0.025 })[2][4] // 1.975
 */
export function updatePayoff(
  payoff: Matrix,
  pairs: { debtor: readonly Emotion[]; creditor: readonly Emotion[] },
  options: { delta: number; arithmetic?: PayoffArithmetic },
): Matrix {
  const { debtor, creditor } = pairs;
  if (debtor.length !== creditor.length) {
    throw new Error(`updatePayoff: pairs.debtor has ${debtor.length} entries but pairs.creditor has ${creditor.length}`);
  }
  const truncate = (options.arithmetic ?? 'float') === 'int-truncate';
  const out = payoff.map((row) => row.slice());
  for (let t = 0; t < debtor.length; t++) {
    const d = emotionIndex(debtor[t]);
    const c = emotionIndex(creditor[t]);
    const v = out[d][c] + options.delta;
    out[d][c] = truncate ? Math.trunc(v) + 0 : v; // + 0: numpy int64 has no -0
  }
  return out;
}
