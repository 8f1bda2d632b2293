import { llmCallEvent } from '../../llm/llmCallEvent.ts';
import { OllamaError } from '../../llm/ollamaError.ts';
import type { ChatModel, ChatRequest, ChatResponse } from '../../llm/types.ts';
import type { NegotiationEvent } from '../../negotiation/events.ts';
import type { JudgePrompts } from '../prompts.ts';
import type { Judge, JudgeInput, JudgeVerdict } from '../types.ts';
import { callOptions } from './callOptions.ts';
import type { LlmSpeakerOptions } from './llmCreditor.ts';
import { parseJudgeReply } from './parseJudgeReply.ts';
import { renderTemplate } from './renderTemplate.ts';

/**
 * The verdict when the judge cannot give one: no agreement this turn, so the negotiation goes on
 * (and may converge again later). Always paired with a `failure` event, so it is counted.
 */
export function fallbackVerdict(why: string): Omit<JudgeVerdict, 'events'> {
  return { agree: false, days: null, reason: `no agreement this turn: ${why}` };
}

/**
 * An LLM judge: reads the final exchange (the last `finalExchangeMessages` messages) and both
 * offers, and answers JSON validated by {@link parseJudgeReply}; Ollama is also sent the reply's
 * JSON schema as `format`. A malformed reply or a model error (OllamaError, after retries) is
 * recorded as a `failure` event (kind 'judge:malformed-output', 'judge:timeout', ...) and gives
 * the {@link fallbackVerdict}. Other errors (e.g. a replay cache miss) propagate.
 * Temperature defaults to 0 in the backend.
 */
export function createLlmJudge(chat: ChatModel, options: LlmSpeakerOptions<JudgePrompts> & { name?: string }): Judge {
  const { model, prompts } = options;
  const name = options.name ?? `llm-judge(${model})`;
  return {
    name,
    async judge(input: JudgeInput): Promise<JudgeVerdict> {
      const index = input.history.length === 0 ? 0 : input.history[input.history.length - 1].index;
      const transcript = input.history
        .slice(-prompts.finalExchangeMessages)
        .map((m) => `${m.role === 'creditor' ? 'Creditor' : 'Debtor'}: ${m.text}`)
        .join('\n');
      const user = renderTemplate(
        prompts.user,
        { transcript, creditorOffer: input.creditorOffer, debtorOffer: input.debtorOffer, maxDays: input.scenario.creditorMaxDays },
        'judge.user',
      );
      const request: ChatRequest = {
        role: 'judge',
        model,
        messages: [{ role: 'system', content: prompts.system }, { role: 'user', content: user }],
        options: callOptions(options.options, {}, options.rng),
        format: prompts.format,
        ...(options.keepAlive === undefined ? {} : { keepAlive: options.keepAlive }),
      };
      let response: ChatResponse;
      try {
        response = await chat.chat(request);
      } catch (err) {
        if (!(err instanceof OllamaError)) throw err;
        const failure: NegotiationEvent = { type: 'failure', index, kind: `judge:${err.kind}`, message: err.message };
        return { ...fallbackVerdict(`the judge model failed (${err.kind})`), events: [failure] };
      }
      const events: NegotiationEvent[] = [llmCallEvent(request, response)];
      const parsed = parseJudgeReply(response.content);
      if (!parsed.ok) {
        events.push({
          type: 'failure',
          index,
          kind: 'judge:malformed-output',
          message: `${parsed.error} (model '${model}'); a larger judge model may follow the JSON schema better`,
        });
        return { ...fallbackVerdict('the judge reply was malformed'), events };
      }
      return { ...parsed.reply, events };
    },
  };
}
