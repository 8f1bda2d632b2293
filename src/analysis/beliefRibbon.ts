import { DEBTOR_STATES } from '../core/debtorStates.ts';
import type { TurnRow } from './turnRows.ts';

/** One (turn, state) point of a belief ribbon. */
export interface BeliefPoint {
  negotiationId: string;
  turn: number;
  /** Index of the creditor message the decision produced. */
  index: number;
  state: string;
  /** The policy's filtered belief in this state (after the preceding debtor message). */
  filtered: number;
  /** Forward-backward smoothed posterior, null when not computed. */
  smoothed: number | null;
  /** The logged true state behind the preceding debtor message, null when unknown or on the opening turn. */
  trueDebtorState: string | null;
  /** trueDebtorState === state (null when the truth is unknown). */
  isTrue: boolean | null;
}

/**
 * Per-turn HMM belief over the four hidden debtor states of one negotiation, in long format (one
 * point per turn and state, DEBTOR_STATES order) for stacked-area "ribbons". Only turns whose belief
 * is over the four states (paper-code, principled) appear. O(turns).
 * @throws when the negotiation has no such turn, naming it.
 * @example beliefRibbon(run.turns, { negotiationId: run.negotiations[0].negotiationId }).length // 4 x turns
 */
export function beliefRibbon(turns: readonly TurnRow[], options: { negotiationId: string }): BeliefPoint[] {
  const rows = turns
    .filter((t) => t.negotiationId === options.negotiationId && t.belief?.length === DEBTOR_STATES.length && t.hmmMode !== '2503')
    .sort((a, b) => a.turn - b.turn);
  if (rows.length === 0) throw new Error(`beliefRibbon: negotiation ${JSON.stringify(options.negotiationId)} has no turn with a belief over the ${DEBTOR_STATES.length} debtor states`);
  return rows.flatMap((t) =>
    DEBTOR_STATES.map((state, s) => ({
      negotiationId: t.negotiationId,
      turn: t.turn,
      index: t.index,
      state,
      filtered: t.belief![s],
      smoothed: t.smoothed?.[s] ?? null,
      trueDebtorState: t.trueDebtorState,
      isTrue: t.trueDebtorState === null ? null : t.trueDebtorState === state,
    })),
  );
}
