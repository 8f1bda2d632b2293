// Throughput of the simulated debtor and creditor speakers (no detector, no protocol).
// Usage: node --import tsx bench/sim.ts [negotiations]
import { pathToFileURL } from 'node:url';
import { PERSONAS } from '../src/agents/personas.ts';
import type { CreditorSpeaker, DebtorSpeaker } from '../src/agents/types.ts';
import { EMOTIONS, type Emotion } from '../src/core/emotions.ts';
import { createRng } from '../src/core/rng.ts';
import type { Message } from '../src/negotiation/events.ts';
import type { Scenario } from '../src/scenarios/types.ts';
import { createSimulatedBackend } from '../src/sim/createSimulatedBackend.ts';

export interface SimBenchResult {
  negotiations: number;
  creditorTurns: number;
  debtorTurns: number;
  creditorTurnsPerSecond: number;
  debtorTurnsPerSecond: number;
}

const offerOf = (text: string): number | null => {
  const m = /(\d+) days\W*$/.exec(text);
  return m ? Number(m[1]) : null;
};

/** Play `negotiations` 30-message dialogues (no early stop) and time each side's `speak`. */
export async function runSimBench(negotiations = 2000): Promise<SimBenchResult> {
  const detector = { name: 'none', detect: async (texts: string[]) => texts.map(() => ({ emotion: 'Neutral' as Emotion, ok: true })) };
  const backend = createSimulatedBackend({ detector });
  const scenario: Scenario = {
    id: 'bench', source: 'bench', creditorTargetDays: 10, debtorTargetDays: 120, creditorMaxDays: 90,
    outstandingBalance: 15700, daysOverdue: 100, description: '',
  };
  let creditorNs = 0n, debtorNs = 0n, creditorTurns = 0, debtorTurns = 0;
  const root = createRng('bench-sim');
  for (let n = 0; n < negotiations; n++) {
    const persona = PERSONAS[n % PERSONAS.length];
    const rng = root.fork(String(n));
    const { creditor, debtor }: { creditor: CreditorSpeaker; debtor: DebtorSpeaker } = await backend.createAgents({ scenario, persona, rng });
    const history: Message[] = [];
    for (let i = 0; i < 30; i++) {
      const t0 = process.hrtime.bigint();
      if (i % 2 === 0) {
        const emotion = EMOTIONS[(n + i) % EMOTIONS.length];
        const said = await creditor.speak({ scenario, history, emotion, decision: {} as never, temperature: 0.5, maxDays: 90 });
        creditorNs += process.hrtime.bigint() - t0;
        creditorTurns++;
        history.push({ index: i, role: 'creditor', text: said.text, offerDays: offerOf(said.text), emotion });
      } else {
        const said = await debtor.speak({ scenario, persona, history });
        debtorNs += process.hrtime.bigint() - t0;
        debtorTurns++;
        history.push({ index: i, role: 'debtor', text: said.text, offerDays: offerOf(said.text) });
      }
    }
  }
  return {
    negotiations,
    creditorTurns,
    debtorTurns,
    creditorTurnsPerSecond: creditorTurns / (Number(creditorNs) / 1e9),
    debtorTurnsPerSecond: debtorTurns / (Number(debtorNs) / 1e9),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const n = Number(process.argv[2] ?? 2000);
  await runSimBench(200); // warm-up
  const r = await runSimBench(n);
  process.stdout.write(
    `sim: ${r.negotiations} negotiations, creditor ${Math.round(r.creditorTurnsPerSecond).toLocaleString('en')} turns/s, ` +
    `debtor ${Math.round(r.debtorTurnsPerSecond).toLocaleString('en')} turns/s (speak() only, one core)\n`,
  );
}
