import type { ChatMessage } from '../../llm/types.ts';
import type { Message, Role } from '../../negotiation/events.ts';

/**
 * The chat messages one side sees: the system prompt, an optional opening user message, then
 * the history with its own messages as 'assistant' and the other side's as 'user'.
 * @example conversation('debtor', sys, [{ index: 0, role: 'creditor', text: '20 days.', offerDays: 20 }])
 *   // [{ role: 'system', ... }, { role: 'user', content: '20 days.' }]
 */
export function conversation(self: Role, system: string, history: readonly Message[], opening?: string): ChatMessage[] {
  const messages: ChatMessage[] = [{ role: 'system', content: system }];
  if (opening !== undefined) messages.push({ role: 'user', content: opening });
  for (const m of history) messages.push({ role: m.role === self ? 'assistant' : 'user', content: m.text });
  return messages;
}
