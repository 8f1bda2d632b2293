import type { ChatModel } from '../../llm/types.ts';
import type { DebtorPrompts } from '../prompts.ts';
import type { DebtorSpeaker, DebtorTurn, SpokenMessage } from '../types.ts';
import { callOptions } from './callOptions.ts';
import { conversation } from './conversation.ts';
import type { LlmSpeakerOptions } from './llmCreditor.ts';
import { renderTemplate } from './renderTemplate.ts';
import { scenarioValues } from './scenarioValues.ts';
import { speak } from './speak.ts';

/**
 * A debtor speaking through a {@link ChatModel}: the system prompt carries the scenario, the
 * debtor's target days with the gradual-concession instruction, and the persona's instruction.
 * Temperature comes from options (the backend's default for debtors is 0.7).
 * @throws (from speak) the model's error when the debtor cannot speak.
 */
export function createLlmDebtor(chat: ChatModel, options: LlmSpeakerOptions<DebtorPrompts>): DebtorSpeaker {
  const { model, prompts } = options;
  return {
    speak(turn: DebtorTurn): Promise<SpokenMessage> {
      const system = renderTemplate(
        prompts.system,
        { ...scenarioValues(turn.scenario), targetDays: turn.scenario.debtorTargetDays, persona: prompts.personas[turn.persona] },
        'debtor.system',
      );
      return speak(chat, {
        role: 'debtor',
        model,
        messages: conversation('debtor', system, turn.history),
        options: callOptions(options.options, {}, options.rng),
        ...(options.keepAlive === undefined ? {} : { keepAlive: options.keepAlive }),
      });
    },
  };
}
