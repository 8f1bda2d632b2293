// Test helper: a bare alternating dialogue (no detector, no judge, no early stop) over a backend's
// speakers, reading offers with the simple "N days" pattern the protocol's extractor also accepts.
import type { Backend, SpokenMessage } from '../../src/agents/types.ts';
import type { Persona } from '../../src/agents/personas.ts';
import type { Emotion } from '../../src/core/emotions.ts';
import type { Rng } from '../../src/core/rng.ts';
import type { Message } from '../../src/negotiation/events.ts';
import type { Scenario } from '../../src/scenarios/types.ts';

export const scenario: Scenario = {
  id: 'test-1', source: 'test', creditorTargetDays: 12, debtorTargetDays: 140, creditorMaxDays: 90,
  outstandingBalance: 15700, daysOverdue: 133, description: 'test case',
};

/** The last "N days" in a text, or null. */
export function lastDays(text: string): number | null {
  const all = [...text.matchAll(/(\d+) days/g)];
  return all.length === 0 ? null : Number(all[all.length - 1][1]);
}

export interface Turn extends Message {
  spoken: SpokenMessage;
}

/** Play `messages` messages; the creditor shows `emotionOf(turnIndex)` (default none). */
export async function playDialogue(
  backend: Backend,
  input: { persona: Persona; rng: Rng; scenario?: Scenario; messages?: number; emotionOf?: (i: number) => Emotion | null },
): Promise<Turn[]> {
  const sc = input.scenario ?? scenario;
  const { creditor, debtor } = await backend.createAgents({ scenario: sc, persona: input.persona, rng: input.rng });
  const history: Turn[] = [];
  for (let i = 0; i < (input.messages ?? 30); i++) {
    if (i % 2 === 0) {
      const emotion = input.emotionOf?.(i) ?? null;
      const spoken = await creditor.speak({ scenario: sc, history, emotion, decision: {} as never, temperature: 0.5, maxDays: sc.creditorMaxDays });
      history.push({ index: i, role: 'creditor', text: spoken.text, offerDays: lastDays(spoken.text), emotion, spoken });
    } else {
      const spoken = await debtor.speak({ scenario: sc, persona: input.persona, history });
      history.push({ index: i, role: 'debtor', text: spoken.text, offerDays: lastDays(spoken.text), spoken });
    }
  }
  return history;
}
