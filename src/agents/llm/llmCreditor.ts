import type { Rng } from '../../core/rng.ts';
import type { ChatModel, ChatOptions } from '../../llm/types.ts';
import type { CreditorPrompts } from '../prompts.ts';
import type { CreditorSpeaker, CreditorTurn, SpokenMessage } from '../types.ts';
import { callOptions } from './callOptions.ts';
import { conversation } from './conversation.ts';
import { renderTemplate } from './renderTemplate.ts';
import { scenarioValues } from './scenarioValues.ts';
import { speak } from './speak.ts';

/** Settings of an LLM speaker. */
export interface LlmSpeakerOptions<P> {
  /** Model name on the server, e.g. 'qwen2.5:7b'. */
  model: string;
  prompts: P;
  /** Base options (num_ctx, num_predict, seed, ...). */
  options?: ChatOptions;
  keepAlive?: string | number;
  /** Per-call seeds when options.seed is not set (fork one per agent). */
  rng?: Rng;
}

/**
 * A creditor speaking through a {@link ChatModel}: the system prompt carries the scenario, the
 * target and maximum days, and the style instruction of the emotion the policy chose (none for
 * vanilla); the sampling temperature is the turn's (max(0.1, 0.7 * 0.95^t)).
 * @throws (from speak) the model's error when the creditor cannot speak.
 */
export function createLlmCreditor(chat: ChatModel, options: LlmSpeakerOptions<CreditorPrompts>): CreditorSpeaker {
  const { model, prompts } = options;
  return {
    speak(turn: CreditorTurn): Promise<SpokenMessage> {
      const system = renderTemplate(
        prompts.system,
        {
          ...scenarioValues(turn.scenario),
          targetDays: turn.scenario.creditorTargetDays,
          maxDays: turn.maxDays,
          style: turn.emotion === null ? prompts.noStyle : prompts.styles[turn.emotion],
        },
        'creditor.system',
      );
      const opening = renderTemplate(prompts.opening, { targetDays: turn.scenario.creditorTargetDays, maxDays: turn.maxDays }, 'creditor.opening');
      return speak(chat, {
        role: 'creditor',
        model,
        messages: conversation('creditor', system, turn.history, opening),
        options: callOptions(options.options, { temperature: turn.temperature }, options.rng),
        ...(options.keepAlive === undefined ? {} : { keepAlive: options.keepAlive }),
      });
    },
  };
}
