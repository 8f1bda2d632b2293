import type { Rng } from '../core/rng.ts';
import { actionCount } from './observationChecks.ts';
import type { StrategyObservation, StrategyStep, RepeatedStrategy } from './types.ts';

/**
 * Draw an action from the injected seeded rng: uniformly, or proportionally to `weights`. Stateless.
 * @throws when weights has the wrong length or is not a valid weight vector.
 * @example randomActionStep(null, obs, { rng: createRng(1) }).action // the same on every run
 */
export function randomActionStep(state: null, observation: StrategyObservation, options: { rng: Rng; weights?: readonly number[] }): StrategyStep<null> {
  const n = actionCount('randomActionStep', observation);
  if (options.weights === undefined) return { action: options.rng.int(n), state };
  if (options.weights.length !== n) throw new Error(`randomActionStep: weights has length ${options.weights.length}, expected ${n}`);
  return { action: options.rng.categorical(options.weights), state };
}

/** A random action as a {@link RepeatedStrategy}, drawing from the simulator's rng. */
export function randomAction(options: { weights?: readonly number[]; name?: string } = {}): RepeatedStrategy<null> {
  return {
    name: options.name ?? 'random',
    initialState: () => null,
    step: (s, o, rng) => randomActionStep(s, o, { rng, weights: options.weights }),
  };
}
