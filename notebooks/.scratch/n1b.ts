import { createSimulatedBackend, createPolicy, runNegotiation, loadScenarios, createRng, createOfflineDetector, memoryLogger } from '../../src/index.ts';
import { transcriptView } from '../../src/report/transcriptView.ts';
const logger = memoryLogger();
const { detector } = await createOfflineDetector('auto', { logger });
const backend = createSimulatedBackend({ detector });
const scenario = loadScenarios('crad')[0];
for (const persona of ['angry', 'threatening', 'victim'] as const) for (let seed = 1; seed <= 5; seed++) {
const rng = createRng(seed).fork(`quickstart`);
const agents = await backend.createAgents({ scenario, persona, rng });
const policy = createPolicy('eq-negotiator');
const t = await runNegotiation({ negotiationId: 'q', scenario, persona, policy, agents, detector, rng, labels: { backend: backend.name, creditorModel: backend.creditorModel, debtorModel: backend.debtorModel, seed } });
const v = transcriptView(t);
console.log(persona, seed, v.outcome, v.finalDays, v.messages.length, v.messages.filter(m=>m.branch==='hmm').length, v.messages.filter(m => m.role==='debtor').map(m => `${m.trueEmotion?.slice(0,3)}/${m.detected?.slice(0,3)}`).join(' '));
}
console.log(logger.warnings);
