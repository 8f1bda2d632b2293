import type { NegotiationEvent } from '../negotiation/events.ts';
import type { ChatRequest, ChatResponse } from './types.ts';

export type LlmCallEvent = Extract<NegotiationEvent, { type: 'llm-call' }>;

/**
 * The transcript record of one model call: role, model and digest, every option sent (sampling
 * options with the seed, plus `format` and `keep_alive`), the full prompt and the reply.
 * Undefined fields are omitted so the event survives a JSON round trip unchanged.
 */
export function llmCallEvent(request: ChatRequest, response: ChatResponse): LlmCallEvent {
  const options: Record<string, unknown> = { ...request.options };
  if (request.format !== undefined) options.format = request.format;
  if (request.keepAlive !== undefined) options.keep_alive = request.keepAlive;
  for (const k of Object.keys(options)) if (options[k] === undefined) delete options[k];
  return {
    type: 'llm-call',
    role: request.role ?? 'unknown',
    model: request.model,
    ...(response.digest === undefined ? {} : { digest: response.digest }),
    options,
    prompt: request.messages.map((m) => ({ role: m.role, content: m.content })),
    response: response.content,
    durationMs: response.durationMs,
    ...(response.cached === undefined ? {} : { cached: response.cached }),
  };
}
