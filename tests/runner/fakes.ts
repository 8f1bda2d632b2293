// Small deterministic fakes of the modules the runner orchestrates.
import type { Backend } from '../../src/agents/types.ts';
import { EMOTIONS, type Emotion } from '../../src/core/emotions.ts';
import type { Rng } from '../../src/core/rng.ts';
import type { Message, Transcript } from '../../src/negotiation/events.ts';
import type { CreditorPolicy, DecisionTrace, PolicySnapshot } from '../../src/policies/types.ts';
import type { Scenario } from '../../src/scenarios/types.ts';
import type { NegotiateInput, RunnerDependencies } from '../../src/runner/dependencies.ts';
import { parseExperiment, type Experiment } from '../../src/runner/parseExperiment.ts';

export const scenarios: Scenario[] = [1, 2, 3, 4].map((i) => ({
  id: `fake-${i}`,
  source: 'crad',
  creditorTargetDays: 5 + i,
  debtorTargetDays: 60 + 10 * i,
  creditorMaxDays: 50,
  outstandingBalance: 15700,
  daysOverdue: 100,
  description: `case ${i}`,
}));

/**
 * A learning policy: its emotion depends on the wins it has counted over earlier negotiations and
 * on its reset stream, so a chain restored from a wrong snapshot, or run out of order, shows.
 */
export function fakePolicy(label: string): CreditorPolicy {
  let wins = 0, losses = 0, turn = 0;
  let rng: Rng | undefined;
  return {
    name: label,
    reset(o) { rng = o.rng; turn = 0; },
    decide(detected: Emotion | null): DecisionTrace {
      if (!rng) throw new Error('fakePolicy: decide before reset');
      turn++;
      const chosen = EMOTIONS[(wins * 3 + losses + turn + rng.int(2)) % EMOTIONS.length];
      return { policy: label, turn, detected: detected ?? 'Neutral', branch: 'payoff', scores: null, chosen, temperature: 0.5 };
    },
    learn(o) { if (o.success) wins++; else losses++; },
    snapshot(): PolicySnapshot { return { policy: label, version: 1, state: { wins, losses } }; },
    restore(s) { ({ wins, losses } = s.state as { wins: number; losses: number }); },
  };
}

/** A backend whose debtor concedes a few days per turn (rng-driven), and says its emotion. */
export function fakeBackend(): Backend {
  return {
    name: 'fake',
    creditorModel: 'fake-creditor',
    debtorModel: 'fake-debtor',
    detector: { name: 'fake-detector', detect: async (texts) => texts.map((t) => ({ emotion: (t.split(' ')[0] as Emotion), ok: !t.includes('Surprise') })) },
    async createAgents({ scenario, rng }) {
      const debtorRng = rng.fork('debtor');
      let offer = scenario.debtorTargetDays;
      return {
        creditor: { speak: async (turn) => ({ text: `${turn.emotion ?? 'none'}: pay in ${scenario.creditorTargetDays + turn.history.length} days` }) },
        debtor: {
          speak: async () => {
            const emotion = EMOTIONS[debtorRng.int(7)];
            offer = Math.max(scenario.creditorTargetDays, offer - 5 - debtorRng.int(20));
            return { text: `${emotion} I can do ${offer} days`, trueEmotion: emotion };
          },
        },
        judge: { name: 'fake-judge', judge: async (i) => ({ agree: true, days: i.debtorOffer, reason: 'gap' }) },
      };
    },
  };
}

const daysIn = (text: string): number | null => {
  const m = /(\d+) days/.exec(text);
  return m ? Number(m[1]) : null;
};

/** A small protocol honouring the runner's contract: reset, alternate messages, detect, judge, learn. */
export async function fakeNegotiate(input: NegotiateInput): Promise<Transcript> {
  const { scenario, policy, backend } = input;
  const maxMessages = (input.protocol.maxMessages as number | undefined) ?? 8;
  policy.reset({ rng: input.rng.fork('policy') });
  const agents = await backend.createAgents({ scenario, persona: input.persona, rng: input.rng });
  const events: Transcript = [{
    type: 'start', negotiationId: input.negotiationId, scenarioId: scenario.id, persona: input.persona, policy: input.policyLabel,
    seed: input.seed, backend: backend.name, creditorModel: backend.creditorModel, debtorModel: backend.debtorModel,
    creditorTargetDays: scenario.creditorTargetDays, debtorTargetDays: scenario.debtorTargetDays, creditorMaxDays: scenario.creditorMaxDays,
  }];
  const history: Message[] = [];
  let detected: Emotion | null = null;
  let creditorOffer = 0;
  for (let index = 0; index < maxMessages; index++) {
    await new Promise((r) => setImmediate(r)); // let other chains interleave
    if (index % 2 === 0) {
      const decision = policy.decide(detected);
      events.push({ type: 'decision', index, trace: decision });
      const said = await agents.creditor.speak({ scenario, history, emotion: decision.chosen, decision, temperature: decision.temperature, maxDays: scenario.creditorMaxDays });
      creditorOffer = daysIn(said.text) ?? creditorOffer;
      history.push({ index, role: 'creditor', text: said.text, offerDays: creditorOffer, emotion: decision.chosen });
      events.push({ type: 'message', index, role: 'creditor', text: said.text, offerDays: creditorOffer, creditorEmotion: decision.chosen });
    } else {
      const said = await agents.debtor.speak({ scenario, persona: input.persona, history });
      const offer = daysIn(said.text);
      history.push({ index, role: 'debtor', text: said.text, offerDays: offer });
      events.push({ type: 'message', index, role: 'debtor', text: said.text, offerDays: offer, ...(said.trueEmotion ? { trueEmotion: said.trueEmotion } : {}) });
      const [d] = await backend.detector.detect([said.text]);
      detected = d.emotion;
      events.push({ type: 'detection', index, detector: backend.detector.name, emotion: d.emotion, ok: d.ok, ...(said.trueEmotion ? { trueEmotion: said.trueEmotion } : {}) });
      if (offer !== null && Math.abs(offer - creditorOffer) <= 5) {
        const verdict = await agents.judge.judge({ scenario, history, creditorOffer, debtorOffer: offer });
        events.push({ type: 'judge', index, judge: agents.judge.name, agree: verdict.agree, days: verdict.days, reason: verdict.reason });
        policy.learn({ success: true });
        events.push({ type: 'end', outcome: 'accept', finalDays: offer, messages: index + 1, reason: 'converged' });
        return events;
      }
    }
  }
  policy.learn({ success: false });
  events.push({ type: 'end', outcome: 'breakdown', finalDays: null, messages: maxMessages, reason: 'message cap' });
  return events;
}

/** Dependencies built from the fakes; `calls` counts negotiations actually run. */
export function fakeDependencies(): RunnerDependencies & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    loadScenarios: () => scenarios,
    createPolicy: (_entry, o) => fakePolicy(o.label),
    createDetector: async () => ({ detector: { name: 'fake-lexicon', detect: async (texts) => texts.map((t) => ({ emotion: t.split(' ')[0] as Emotion, ok: true })) } }),
    createBackend: async () => fakeBackend(),
    negotiate: async (input) => {
      calls.push(input.negotiationId);
      return fakeNegotiate(input);
    },
  };
}

/** A 4-scenario x 2-persona x 3-policy x 2-seed experiment (48 negotiations, 12 chains). */
export function fakeExperiment(output: string, overrides: Record<string, unknown> = {}): Experiment {
  return parseExperiment({
    name: 'fake',
    scenarios: { source: 'crad' },
    personas: ['angry', 'victim'],
    policies: ['vanilla', 'fixed:Joy', { name: 'eq-negotiator', hmmMode: 'principled' }],
    seeds: [1, 2],
    backend: { type: 'simulated' },
    detector: 'lexicon',
    protocol: { maxMessages: 10 },
    concurrency: 3,
    output,
    ...overrides,
  }, { source: 'fake.json' });
}
