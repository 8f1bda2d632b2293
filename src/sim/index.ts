// Public API of the simulated backend (METHOD.md section 8): a simulation, not a language model.
export * from './corpusSplit.ts';
export * from './simulationParameters.ts';
export * from './buildSimCorpus.ts';
export * from './simCorpus.ts';
export * from './personaDynamics.ts';
export * from './stationaryDistribution.ts';
export * from './debtorStep.ts';
export * from './fillDays.ts';
export * from './scheduledCreditorOffer.ts';
export * from './createSimulatedCreditor.ts';
export * from './createSimulatedDebtor.ts';
export * from './createSimulatedBackend.ts';
