/**
 * Multi-class Brier score of one probability vector against the true class (Brier 1950):
 * sum_k (p_k - [k = truth])^2, from 0 (all mass on the truth) to 2 (all mass on one wrong class).
 * Average it over predictions for a calibration summary. O(K).
 * @throws when truth is not an index of probabilities.
 * @example brierScore([0.7, 0.2, 0.1], 0) // 0.14
 */
export function brierScore(probabilities: ArrayLike<number>, truth: number): number {
  if (!(Number.isInteger(truth) && truth >= 0 && truth < probabilities.length)) {
    throw new Error(`brierScore: truth = ${truth}, expected an integer in 0..${probabilities.length - 1}`);
  }
  let s = 0;
  for (let k = 0; k < probabilities.length; k++) {
    const d = probabilities[k] - (k === truth ? 1 : 0);
    s += d * d;
  }
  return s;
}
