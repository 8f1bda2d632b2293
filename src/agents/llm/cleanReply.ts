/**
 * Tidy a model's chat reply before it becomes a negotiation message: drop `<think>...</think>`
 * blocks (reasoning models), surrounding whitespace and quotes, and a leading speaker label
 * such as "Creditor:" or "**Debtor:**". Nothing else is changed.
 * @example cleanReply('Creditor: "We can offer 20 days."') // 'We can offer 20 days.'
 */
export function cleanReply(text: string): string {
  let t = text.replace(/<think>[\s\S]*?<\/think>/gi, '').trim();
  t = t.replace(/^\**\s*(creditor|debtor|collector|collections officer|assistant)\s*\**\s*:\s*\**\s*/i, '').trim();
  if (t.length >= 2 && /^["“]/.test(t) && /["”]$/.test(t)) t = t.slice(1, -1).trim();
  return t;
}
