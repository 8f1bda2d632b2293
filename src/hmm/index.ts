/** Categorical hidden Markov model: float64 reference recursions, TensorFlow.js batch kernels, EM, online learning. */
export type { HmmParams, Sequence, HmmEngine, SufficientStats, DecodeResult, PosteriorResult, SampleResult } from './types.ts';
export { validateParams, ROW_SUM_TOLERANCE } from './validateParams.ts';
export { validateSequences } from './validateSequences.ts';
export { logParams, type LogParams } from './logParams.ts';
export { randomHmmParams } from './randomHmmParams.ts';
export { sampleHmm } from './sampleHmm.ts';
export { scoreHmm, scoreEachHmm } from './scoreHmm.ts';
export { predictProbaHmm } from './predictProbaHmm.ts';
export { filterHmm } from './filterHmm.ts';
export { decodeHmm } from './decodeHmm.ts';
export { maximizeStats } from './maximizeStats.ts';
export { resolvePseudoCounts, pseudoCountsFromParams, dirichletLogPrior, type PseudoCounts, type ResolvedPseudoCounts } from './pseudoCounts.ts';
export { createConvergenceMonitor, recordIteration, type ConvergenceMonitor } from './convergenceMonitor.ts';
export { baumWelchSteps, type BaumWelchOptions, type BaumWelchIterate } from './baumWelchSteps.ts';
export { fitHmm, type FitOptions } from './fitHmm.ts';
export { createOnlineHmm, updateOnlineHmm, type OnlineHmm, type OnlineHmmOptions } from './onlineHmm.ts';
export { hmmToJSON, hmmFromJSON, type CategoricalHmmJson } from './hmmJson.ts';
export { CategoricalHMM, type CategoricalHMMOptions } from './CategoricalHMM.ts';
export { asSequenceList } from './asSequenceList.ts';
// float64 reference recursions
export { forwardLog, logSumExpArray, type ForwardLogResult } from './reference/forwardLog.ts';
export { backwardLog } from './reference/backwardLog.ts';
export { forwardScaled, type ForwardScaledResult } from './reference/forwardScaled.ts';
export { backwardScaled } from './reference/backwardScaled.ts';
export { posteriorsLog } from './reference/posteriorsLog.ts';
export { posteriorsScaled } from './reference/posteriorsScaled.ts';
export { viterbiLog } from './reference/viterbiLog.ts';
export { expectedCounts, type ExpectedCountsOptions } from './reference/expectedCounts.ts';
export { predictBelief } from './reference/predictBelief.ts';
export { updateBelief, type ZeroEvidence } from './reference/updateBelief.ts';
export { filterStep, type FilterStepInput } from './reference/filterStep.ts';
// TensorFlow.js batch kernels (float32; call `await initTf()` first)
export { padBatch, type PaddedBatch } from './tfjs/padBatch.ts';
export { forwardTf, type ForwardTfResult } from './tfjs/forwardTf.ts';
export { posteriorsTf } from './tfjs/posteriorsTf.ts';
export { viterbiTf } from './tfjs/viterbiTf.ts';
export { expectedCountsTf, type ExpectedCountsTfOptions } from './tfjs/expectedCountsTf.ts';
