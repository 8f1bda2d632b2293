import { z } from 'zod';
import { cloneMatrix } from '../core/matrix.ts';
import type { PaperParameters } from '../core/paperParameters.ts';
import type { TieRule } from '../game/bestResponse.ts';
import { decodeSnapshotState, matrixSchema } from './decodeSnapshotState.ts';
import { hmm2503Episode, hmm2503Learned, hmm2503Step, type Hmm2503Episode, type Hmm2503Learned } from './hmm2503Step.ts';
import { paperCodeLearn } from './paperCodeLearn.ts';
import { paperCodeEpisode, paperCodeLearned, paperCodeStep, type PaperCodeEpisode, type PaperCodeLearned } from './paperCodeStep.ts';
import type { EmissionModel } from './principledEmission.ts';
import { principledLearn } from './principledLearn.ts';
import type { PrincipledPrior } from './principledPrior.ts';
import { principledEpisode, principledLearned, principledStep, type PrincipledEpisode, type PrincipledLearned } from './principledStep.ts';
import type { PolicyEngine } from './policyEngine.ts';
import type { PayoffArithmetic } from './updatePayoff.ts';

/** Options of the EQ-Negotiator engines ('eq-negotiator' and 'hmm-only'). */
export interface EqEngineOptions {
  params: PaperParameters;
  /** 'hmm-only' always takes the HMM branch. */
  name: 'eq-negotiator' | 'hmm-only';
  k?: number;
  n?: number;
  tieRule?: TieRule;
  wslsThreshold?: number;
  /** Learn across negotiations (learn() and, in 2503 mode, the per-turn counts). Default true. */
  online?: boolean;
  arithmetic?: PayoffArithmetic;
}

const stepOptions = (o: EqEngineOptions) => ({
  params: o.params, policy: o.name, k: o.k, n: o.n, forceHmm: o.name === 'hmm-only', tieRule: o.tieRule, wslsThreshold: o.wslsThreshold,
});

/** The authors' 2511 engine (`paper-code`). Snapshot state: { hmmMode, payoff, emission, transition }. */
export function paperCodeEngine(options: EqEngineOptions): PolicyEngine<PaperCodeLearned, PaperCodeEpisode> {
  const schema = z.object({ hmmMode: z.literal('paper-code'), payoff: matrixSchema(7, 7), emission: matrixSchema(7, 7), transition: matrixSchema(7, 7) }).strict();
  const base = stepOptions(options);
  return {
    name: options.name,
    initialLearned: () => paperCodeLearned(options.params),
    startEpisode: () => paperCodeEpisode(options.params),
    step: (state, detected, rng) => paperCodeStep(state, detected, { ...base, rng }),
    learn: ({ learned, episode }, { success }) =>
      options.online === false ? learned : paperCodeLearn(learned, episode, { params: options.params, success, arithmetic: options.arithmetic }),
    encode: (l) => ({ hmmMode: 'paper-code', payoff: cloneMatrix(l.payoff), emission: cloneMatrix(l.emission), transition: cloneMatrix(l.transition) }),
    decode: (raw) => {
      const s = decodeSnapshotState(`${options.name}.restore`, schema, raw);
      return { payoff: cloneMatrix(s.payoff), emission: cloneMatrix(s.emission), transition: cloneMatrix(s.transition) };
    },
  };
}

/** The `principled` engine. Snapshot state: { hmmMode, payoff, emissionCounts }. */
export function principledEngine(
  options: EqEngineOptions & { prior: PrincipledPrior; emissionModel?: EmissionModel; stateWeights?: boolean },
): PolicyEngine<PrincipledLearned, PrincipledEpisode> {
  const schema = z.object({ hmmMode: z.literal('principled'), payoff: matrixSchema(7, 7), emissionCounts: matrixSchema(4, 7) }).strict();
  const base = { ...stepOptions(options), prior: options.prior, emissionModel: options.emissionModel, stateWeights: options.stateWeights };
  return {
    name: options.name,
    initialLearned: () => principledLearned(options.params),
    startEpisode: () => principledEpisode(),
    step: (state, detected, rng) => principledStep(state, detected, { ...base, rng }),
    learn: ({ learned, episode }, { success }) =>
      options.online === false
        ? learned
        : principledLearn(learned, episode, { params: options.params, prior: options.prior, success, emissionModel: options.emissionModel, arithmetic: options.arithmetic }),
    encode: (l) => ({ hmmMode: 'principled', payoff: cloneMatrix(l.payoff), emissionCounts: cloneMatrix(l.emissionCounts) }),
    decode: (raw) => {
      const s = decodeSnapshotState(`${options.name}.restore`, schema, raw);
      return { payoff: cloneMatrix(s.payoff), emissionCounts: cloneMatrix(s.emissionCounts) };
    },
  };
}

/** The 2503 engine. Its counts learn every turn; learn() changes nothing (the 2503 code had no end-of-negotiation update). */
export function hmm2503Engine(options: EqEngineOptions): PolicyEngine<Hmm2503Learned, Hmm2503Episode> {
  const schema = z.object({ hmmMode: z.literal('2503'), transitionCounts: matrixSchema(7, 7), emissionCounts: matrixSchema(7, 7) }).strict();
  const base = { ...stepOptions(options), online: options.online };
  return {
    name: options.name,
    initialLearned: () => hmm2503Learned(options.params),
    startEpisode: () => hmm2503Episode(),
    step: (state, detected, rng) => hmm2503Step(state, detected, { ...base, rng }),
    learn: ({ learned }) => learned,
    encode: (l) => ({ hmmMode: '2503', transitionCounts: cloneMatrix(l.transitionCounts), emissionCounts: cloneMatrix(l.emissionCounts) }),
    decode: (raw) => {
      const s = decodeSnapshotState(`${options.name}.restore`, schema, raw);
      return { transitionCounts: cloneMatrix(s.transitionCounts), emissionCounts: cloneMatrix(s.emissionCounts) };
    },
  };
}
