import type { CreditorSpeaker, CreditorTurn, SpokenMessage } from '../agents/types.ts';
import type { Rng } from '../core/rng.ts';
import { fillDays } from './fillDays.ts';
import { scheduledCreditorOffer } from './scheduledCreditorOffer.ts';
import type { SimulationParameters } from './simulationParameters.ts';

/**
 * The simulated creditor's speaker. The policy has already chosen the emotion; this renders it as a
 * template sentence (a `none` sentence when the emotion is null) followed by an offer sentence
 * ("I can accept 25 days."). The offer follows {@link scheduledCreditorOffer} over the creditor's
 * messages in the history, is never above the debtor's latest offer (no point offering more days
 * than asked) and never above `turn.maxDays`. Sentence variants are drawn from `rng`.
 */
export function createSimulatedCreditor(
  rng: Rng,
  options: { simulation: SimulationParameters; maxMessages: number },
): CreditorSpeaker {
  const { words, creditorSchedule } = options.simulation;
  const creditorMessages = Math.ceil(options.maxMessages / 2);
  return {
    async speak(turn: CreditorTurn): Promise<SpokenMessage> {
      const { history, scenario } = turn;
      let k = 0;
      let debtorOffer = Infinity;
      for (let i = 0; i < history.length; i++) {
        const m = history[i];
        if (m.role === 'creditor') k++;
        else if (m.offerDays !== null) debtorOffer = m.offerDays;
      }
      const scheduled = scheduledCreditorOffer(k, {
        targetDays: scenario.creditorTargetDays,
        maxDays: turn.maxDays,
        creditorMessages,
        exponent: creditorSchedule.exponent,
      });
      const offer = Math.max(0, Math.min(scheduled, Math.floor(debtorOffer), Math.floor(turn.maxDays)));
      const lead = rng.choice(words.creditorEmotion[turn.emotion ?? 'none']);
      return { text: `${lead} ${fillDays(rng.choice(words.creditorOffer), offer)}` };
    },
  };
}
