/** What {@link updateBelief} does when prior times likelihood is zero in every state. */
export type ZeroEvidence = 'throw' | 'uniform';

/**
 * Bayes update of a belief by an observation: posterior[i] proportional to prior[i] likelihood[i],
 * where likelihood[i] = P(observation | S = i) (an emission column, or any non-negative vector such
 * as the paper code's W[s][C] B[C][D]). When the evidence sum is zero the observation is impossible
 * under the model: `onZero: 'throw'` (default) throws, `'uniform'` returns the uniform belief (the
 * authors' code). The first step of a filter is `updateBelief(startProb, emissionColumn)`.
 * @throws when lengths differ, or the evidence is zero (or not finite) with onZero 'throw'.
 * @example updateBelief([0.5, 0.5], [0.9, 0.2]) // [0.818..., 0.181...] (Russell & Norvig umbrella, day 1)
 */
export function updateBelief(prior: ArrayLike<number>, likelihood: ArrayLike<number>, options: { onZero?: ZeroEvidence } = {}): number[] {
  const n = prior.length;
  if (likelihood.length !== n) throw new Error(`updateBelief: likelihood has length ${likelihood.length}, expected ${n} (the belief length)`);
  const out = new Array<number>(n);
  let s = 0;
  for (let i = 0; i < n; i++) {
    const v = prior[i] * likelihood[i];
    out[i] = v;
    s += v;
  }
  if (s > 0 && s < Infinity) {
    for (let i = 0; i < n; i++) out[i] /= s;
    return out;
  }
  if (options.onZero === 'uniform' && s === 0) return out.fill(1 / n);
  throw new Error(`updateBelief: evidence sum(prior * likelihood) is ${s}, expected a finite value > 0 (an impossible observation; pass onZero: 'uniform' to fall back to the uniform belief)`);
}
