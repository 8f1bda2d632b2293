import { llmCallEvent } from '../../llm/llmCallEvent.ts';
import { OllamaError } from '../../llm/ollamaError.ts';
import type { ChatModel, ChatRequest } from '../../llm/types.ts';
import type { SpokenMessage } from '../types.ts';
import { cleanReply } from './cleanReply.ts';

/**
 * One negotiation message from a model: the call, its `llm-call` event and the cleaned text.
 * A speaker that cannot speak throws (the runner records the negotiation as failed): model errors
 * propagate as they are (OllamaError, CacheMissError), and an empty reply is an
 * OllamaError 'malformed-output'.
 */
export async function speak(chat: ChatModel, request: ChatRequest): Promise<SpokenMessage> {
  const response = await chat.chat(request);
  const text = cleanReply(response.content);
  if (text === '') {
    throw new OllamaError(
      'malformed-output',
      `${request.role ?? 'speaker'} model '${request.model}' returned an empty message (raw reply ${JSON.stringify(response.content.slice(0, 200))}): raise num_predict, or try another model`,
      { model: request.model, role: request.role },
    );
  }
  return { text, events: [llmCallEvent(request, response)] };
}
