import { EMOTIONS, type Emotion } from '../core/emotions.ts';
import type { Rng } from '../core/rng.ts';
import { creditorEmotionSlot, type PersonaDynamics } from './personaDynamics.ts';

/**
 * What the debtor did with its offer this turn: `open` states its target; `concede` moves toward the
 * creditor; `hold` repeats (no creditor offer to move toward); `accept` takes a creditor offer at or
 * above its own; `promise` is a cheating debtor's large concession; `retract` takes it back (the offer
 * jumps up to where it was before the promise).
 */
export type DebtorMove = 'open' | 'concede' | 'hold' | 'accept' | 'promise' | 'retract';

/** The simulated debtor's private state between turns (plain data). */
export interface DebtorSimState {
  /** Debtor turns taken so far. */
  turn: number;
  /** Index in DEBTOR_STATES of the current hidden state (-1 before the first turn). */
  hiddenState: number;
  /** Index in EMOTIONS of the current true emotion (-1 before the first turn). */
  emotion: number;
  /** The offer stated last (the target before the first turn). */
  offer: number;
  /** The offer the debtor really holds to; differs from `offer` only while a promise is pending. */
  anchor: number;
  /** True when the last offer was a promise that may be retracted next turn. */
  promised: boolean;
}

/** What the debtor sees of the creditor's last message. */
export interface CreditorSignal {
  /** The creditor's intended emotion (null or undefined: none, e.g. vanilla). */
  emotion: Emotion | null | undefined;
  /** The creditor's latest offer in days, null when none could be read. */
  offer: number | null;
}

/** The state before a debtor's first turn. @throws when targetDays is not a positive integer. */
export function initialDebtorState(targetDays: number): DebtorSimState {
  if (!Number.isInteger(targetDays) || targetDays <= 0) {
    throw new Error(`initialDebtorState: targetDays must be a positive integer, got ${targetDays}`);
  }
  return { turn: 0, hiddenState: -1, emotion: -1, offer: targetDays, anchor: targetDays, promised: false };
}

/**
 * One debtor turn (METHOD.md section 8), pure given the rng: draw the hidden state (initial
 * distribution on the first turn, else the transition row), draw the emotion from P(D | S, C), then
 * move the offer. A concession gives up round(rate(S, D, C) * gap) days of the gap to the creditor's
 * offer. Offers are integers, never below the creditor's offer, and never rise except by `retract`
 * (or `accept` of a creditor offer above the debtor's own). Draw order: state, emotion, then the
 * retraction and promise draws when they apply.
 * @example debtorStep(initialDebtorState(90), { emotion: null, offer: 10 }, { dynamics, rng }).move // 'open'
 */
export function debtorStep(
  state: DebtorSimState,
  signal: CreditorSignal,
  options: { dynamics: PersonaDynamics; rng: Rng },
): { state: DebtorSimState; move: DebtorMove } {
  const { dynamics, rng } = options;
  const nE = EMOTIONS.length;
  const s = state.turn === 0 ? rng.categorical(dynamics.initial) : rng.categorical(dynamics.transition[state.hiddenState]);
  const c = creditorEmotionSlot(signal.emotion);
  const d = rng.categorical(dynamics.emotion[s * (nE + 1) + c]);
  const creditorOffer = signal.offer;
  const promise = dynamics.promise;
  const next = (offer: number, anchor: number, move: DebtorMove, promised = false) => ({
    state: { turn: state.turn + 1, hiddenState: s, emotion: d, offer, anchor, promised },
    move,
  });

  let anchor = state.anchor;
  if (state.promised && promise !== null) {
    if (rng.next() < promise.retractProbability) {
      const back = creditorOffer === null ? anchor : Math.max(anchor, creditorOffer);
      return next(back, back, 'retract');
    }
    anchor = state.offer;
  }
  if (creditorOffer !== null && creditorOffer >= anchor) return next(creditorOffer, creditorOffer, 'accept');
  if (state.turn === 0) return next(anchor, anchor, 'open');
  if (creditorOffer === null) return next(anchor, anchor, 'hold');
  const gap = anchor - creditorOffer;
  if (promise !== null && s === promise.state && rng.next() < promise.probability) {
    const offer = Math.max(creditorOffer, anchor - Math.round(promise.fraction * gap));
    return next(offer, anchor, 'promise', true);
  }
  const offer = Math.max(creditorOffer, anchor - Math.round(dynamics.rate[(s * nE + d) * (nE + 1) + c] * gap));
  return next(offer, offer, 'concede');
}
