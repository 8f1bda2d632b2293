import { DEBTOR_STATES } from '../core/debtorStates.ts';
import type { TurnRow } from './turnRows.ts';

/** Which estimate of the hidden state: the policy's filtered belief or the forward-backward smoothed posterior. */
export type StateEstimateKind = 'filtered' | 'smoothed';

/**
 * The state estimate of one turn and the index of the true state (DEBTOR_STATES order), or null
 * when the turn is not scored: the opening turn (no debtor message before it), no logged true
 * state, or no estimate over the four debtor states (vanilla, fixed, 2503 ...). See TurnRow for
 * the alignment of the belief with the true state.
 * @throws when the logged true state is not one of DEBTOR_STATES.
 * @example stateEstimate(turn, 'filtered') // { probabilities: [0.1, 0.6, 0.2, 0.1], truth: 1 }
 */
export function stateEstimate(turn: TurnRow, kind: StateEstimateKind): { probabilities: number[]; truth: number } | null {
  if (!turn.observed || turn.trueDebtorState === null) return null;
  const probabilities = kind === 'filtered' ? (turn.hmmMode === '2503' ? null : turn.belief) : turn.smoothed;
  if (probabilities === null || probabilities.length !== DEBTOR_STATES.length) return null;
  const truth = (DEBTOR_STATES as readonly string[]).indexOf(turn.trueDebtorState);
  if (truth < 0) throw new Error(`stateEstimate: turn ${turn.turn} of ${turn.negotiationId} has trueDebtorState = ${JSON.stringify(turn.trueDebtorState)}, expected one of ${DEBTOR_STATES.join(', ')}`);
  return { probabilities, truth };
}
