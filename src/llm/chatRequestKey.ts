import { createHash } from 'node:crypto';
import { canonicalJson } from './canonicalJson.ts';
import type { ChatRequest } from './types.ts';

/**
 * The content address of a chat request: sha256 (hex) of the canonical JSON of
 * { model, messages, options (seed included), format }. Role, keep-alive and the abort signal
 * do not change what a model answers, so they are left out.
 * @example chatRequestKey({ model: 'm', messages: [{ role: 'user', content: 'hi' }] }) // 64 hex chars
 */
export function chatRequestKey(request: ChatRequest): string {
  const content = {
    model: request.model,
    messages: request.messages.map((m) => ({ role: m.role, content: m.content })),
    options: request.options ?? {},
    format: request.format ?? null,
  };
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}
