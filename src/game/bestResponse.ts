import type { Rng } from '../core/rng.ts';

/** How ties between equally good options are broken. */
export type TieRule =
  /** Lowest index in EMOTIONS order (the authors' code: numpy argmax). */
  | 'first'
  /** Uniform among the tied options, drawn from the injected seeded Rng. */
  | 'random';

/**
 * All indices whose value is within `eps` of the maximum of `values`, in increasing order.
 * Payoffs here are small integers or sums of 0.05 steps, so eps = 1e-9 separates real differences.
 * @example bestResponses([4, 3, 4]) // [0, 2]
 */
export function bestResponses(values: ArrayLike<number>, eps = 1e-9): number[] {
  if (values.length === 0) throw new Error('bestResponses: values is empty');
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    if (Number.isNaN(values[i])) throw new Error(`bestResponses: values[${i}] is NaN`);
    if (values[i] > max) max = values[i];
  }
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) if (values[i] >= max - eps) out.push(i);
  return out;
}

/**
 * Pick one of `candidates` (non-empty, increasing) by `rule`. 'random' needs an rng.
 * @throws when candidates is empty or rule is 'random' without an rng.
 */
export function breakTie(candidates: readonly number[], rule: TieRule, rng?: Rng): number {
  if (candidates.length === 0) throw new Error('breakTie: candidates is empty');
  if (candidates.length === 1 || rule === 'first') return candidates[0];
  if (rule === 'random') {
    if (rng === undefined) throw new Error("breakTie: rule 'random' needs an rng");
    return candidates[rng.int(candidates.length)];
  }
  throw new Error(`breakTie: unknown rule ${JSON.stringify(rule)}`);
}
