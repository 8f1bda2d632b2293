import { actionCount, checkAction } from './observationChecks.ts';
import type { StrategyObservation, StrategyStep, RepeatedStrategy } from './types.ts';

/**
 * Always play `options.action` (e.g. a creditor that is always Neutral). Stateless.
 * @throws when the action is out of range.
 * @example fixedActionStep(null, { opponentAction: null, payoffs: agent }, { action: 6 }).action // 6
 */
export function fixedActionStep(state: null, observation: StrategyObservation, options: { action: number }): StrategyStep<null> {
  const action = checkAction('fixedActionStep', 'options.action', options.action, actionCount('fixedActionStep', observation));
  return { action, state };
}

/** A fixed action as a {@link RepeatedStrategy}. */
export function fixedAction(action: number, options: { name?: string } = {}): RepeatedStrategy<null> {
  return { name: options.name ?? `fixed:${action}`, initialState: () => null, step: (s, o) => fixedActionStep(s, o, { action }) };
}
