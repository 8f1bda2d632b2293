import type { FakeChatRequest } from '../support/fakeOllama.ts';

/** Keywords the fake detector reads as each label (first match wins). */
const CUES: [RegExp, string][] = [
  [/lawyer|complain|regulator|unacceptable/i, 'Anger'],
  [/hard|struggl|sorry|difficult/i, 'Sadness'],
  [/afraid|worried|scared/i, 'Fear'],
  [/great|thank|glad|deal/i, 'Joy'],
];

/**
 * Plays every role of the Ollama backend's prompts (data/prompts) for notebook 06's headless
 * test, deterministically from the request: the creditor opens at 14 days and concedes 6 per
 * message, or 4 when its style instruction is firm (Anger); the debtor opens at 75 days, concedes
 * 9 per message and mentions lawyers when told to threaten; the detector maps keywords to labels;
 * the judge agrees on the creditor's offer. Offers meet within a dozen messages.
 * @throws on a prompt of an unknown role, like the scripted test clients.
 */
export function fakeOllamaResponder(r: FakeChatRequest): string {
  const system = r.messages[0]?.content ?? '';
  const own = r.messages.filter((m) => m.role === 'assistant').length;
  if (system.startsWith('You are a collections officer')) {
    const step = /firm and assertive/.test(system) ? 4 : 6;
    return `Thank you for your time. We can agree to ${14 + step * own} days for the full balance.`;
  }
  if (system.startsWith('You run a business')) {
    const cue = /threats|lawyers/.test(system) ? 'My lawyer is watching this closely.' : 'Things have been hard for us lately.';
    return `${cue} We need ${Math.max(20, 75 - 9 * own)} days to pay.`;
  }
  if (system.startsWith('You classify')) {
    const text = r.messages[1]?.content ?? '';
    return CUES.find(([re]) => re.test(text))?.[1] ?? 'Neutral';
  }
  if (system.startsWith('You are a neutral referee')) {
    const offer = /creditor's latest offer: (\d+) days/.exec(r.messages[1]?.content ?? '')?.[1];
    return JSON.stringify({ agree: offer !== undefined, days: offer === undefined ? null : Number(offer), reason: 'the debtor accepted the creditor offer' });
  }
  throw new Error(`fakeOllamaResponder: unexpected system prompt ${JSON.stringify(system.slice(0, 60))}`);
}
