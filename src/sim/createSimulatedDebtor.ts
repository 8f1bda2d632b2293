import type { DebtorSpeaker, DebtorTurn, SpokenMessage } from '../agents/types.ts';
import { EMOTIONS } from '../core/emotions.ts';
import type { Rng } from '../core/rng.ts';
import { debtorStep, initialDebtorState, type CreditorSignal, type DebtorMove, type DebtorSimState } from './debtorStep.ts';
import { fillDays } from './fillDays.ts';
import type { PersonaDynamics } from './personaDynamics.ts';
import type { SimCorpus } from './simCorpus.ts';
import { DEBTOR_STATES, type SimulationParameters } from './simulationParameters.ts';

/** A simulated debtor speaker, plus read access to its private state (for tests and diagnostics). */
export interface SimulatedDebtor extends DebtorSpeaker {
  /** The state after the last turn and the move made (null before the first turn). */
  readonly last: { state: DebtorSimState; move: DebtorMove | null };
}

/** What the debtor reads of the history: the last creditor message's emotion and the latest creditor offer. */
export function creditorSignal(history: DebtorTurn['history']): CreditorSignal {
  let emotion: CreditorSignal['emotion'];
  let offer: number | null = null;
  let seenLast = false;
  for (let i = history.length - 1; i >= 0; i--) {
    const m = history[i];
    if (m.role !== 'creditor') continue;
    if (!seenLast) { emotion = m.emotion; seenLast = true; }
    if (m.offerDays !== null) { offer = m.offerDays; break; }
  }
  return { emotion, offer };
}

/**
 * The simulated debtor of one negotiation (METHOD.md section 8): each turn runs {@link debtorStep}
 * on a `dynamics` stream, then speaks a held-out corpus sentence for its true emotion followed by an
 * offer sentence (promise and retraction sentences for those moves; short lines and bare offers for a
 * minimal-style persona) drawn on a separate `words` stream, so wording never changes the dynamics.
 * Every message carries `trueEmotion` and `trueState`.
 */
export function createSimulatedDebtor(
  input: { targetDays: number; rng: Rng },
  options: { dynamics: PersonaDynamics; corpus: SimCorpus; simulation: SimulationParameters },
): SimulatedDebtor {
  const { dynamics, corpus } = options;
  const offers = options.simulation.words.debtorOffer;
  const dynamicsRng = input.rng.fork('dynamics');
  const wordsRng = input.rng.fork('words');
  let state = initialDebtorState(input.targetDays);
  let move: DebtorMove | null = null;
  return {
    get last() {
      return { state, move };
    },
    async speak(turn: DebtorTurn): Promise<SpokenMessage> {
      const step = debtorStep(state, creditorSignal(turn.history), { dynamics, rng: dynamicsRng });
      state = step.state;
      move = step.move;
      const emotion = EMOTIONS[state.emotion];
      const minimal = dynamics.style === 'minimal';
      const pool = minimal ? corpus.short(emotion, dynamics.minimalMaxWords) : corpus.sentences[emotion];
      const templates = move === 'promise' ? offers.promise : move === 'retract' ? offers.retract : minimal ? offers.minimal : offers.plain;
      const text = `${wordsRng.choice(pool)} ${fillDays(wordsRng.choice(templates), state.offer)}`;
      return { text, trueEmotion: emotion, trueState: DEBTOR_STATES[state.hiddenState] };
    },
  };
}
