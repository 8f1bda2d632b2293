import { z } from 'zod';
import type { PaperParameters } from '../core/paperParameters.ts';
import { decodeSnapshotState, matrixSchema } from '../policies/decodeSnapshotState.ts';
import type { PolicyConfig } from '../policies/policyConfig.ts';
import type { PrincipledModel } from '../policies/principledHmm.ts';
import type { PrincipledPrior } from '../policies/principledPrior.ts';
import { principledLearned, principledModel } from '../policies/principledStep.ts';
import type { PolicySnapshot } from '../policies/types.ts';

/**
 * What forward-backward smoothing of one negotiation reads: an HMM over the four debtor states in
 * the shape of the principled model (likelihood table[c][s][d] of debtor emotion d in state s
 * after creditor emotion c), and whether the policy also updated its belief on the opening turn,
 * before any debtor message (paper-code does, with D = C = Neutral).
 */
export interface SmoothingModel {
  mode: 'paper-code' | 'principled';
  model: PrincipledModel;
  opening: boolean;
}

/** Which emission parameters smoothing uses: those the negotiation was played with, or the untrained prior. */
export type SmoothingEmission = 'played' | 'prior';

const principledState = z.object({ hmmMode: z.literal('principled'), emissionCounts: matrixSchema(4, 7) }).loose();
const paperCodeState = z.object({ hmmMode: z.literal('paper-code'), emission: matrixSchema(7, 7) }).loose();

/**
 * The smoothing model of one negotiation of an HMM policy, null for other policies and for '2503'
 * (whose state is the creditor's own emotion).
 * - principled: the policy's own model, P(D | S, C) from the Dirichlet counts of P(D | S) (prior
 *   pseudo-counts, strength from the policy config's priorStrength or the prior file, plus the
 *   learned counts) and the config's emissionModel ('product' by default).
 * - paper-code: the authors' likelihood W[s][C] * B[C][D] with the learned Table 4b B; B[C][D] is the
 *   same for every state, so the debtor's emotion drops out of every posterior: smoothing is
 *   data-independent by construction. Its initial distribution is ST^T init, because the code
 *   applies a transition before the opening update.
 * With emission 'played', the learned parameters are those of `previousSnapshot` (the chain's state
 * before this negotiation; undefined at position 0: the initial parameters); with 'prior', the
 * initial parameters always.
 * @throws when the previous snapshot does not hold the mode's matrices.
 * @example hmmSmoothingModel({ hmmMode: 'paper-code' }, { params, prior, emission: 'prior' })?.opening // true
 */
export function hmmSmoothingModel(
  input: { hmmMode: string | null; previousSnapshot?: PolicySnapshot; config?: PolicyConfig },
  options: { params: PaperParameters; prior: PrincipledPrior; emission?: SmoothingEmission },
): SmoothingModel | null {
  const { params, prior } = options;
  const played = (options.emission ?? 'played') === 'played' ? input.previousSnapshot : undefined;
  if (input.hmmMode === 'principled') {
    const learned = principledLearned(params);
    if (played !== undefined) learned.emissionCounts = decodeSnapshotState('hmmSmoothingModel', principledState, played.state).emissionCounts;
    const strength = input.config?.priorStrength ?? prior.strength;
    const model = principledModel(learned, { params, prior: { ...prior, strength }, emissionModel: input.config?.emissionModel });
    return { mode: 'principled', model, opening: false };
  }
  if (input.hmmMode === 'paper-code') {
    const b = played === undefined ? params.creditorToDebtorEmission : decodeSnapshotState('hmmSmoothingModel', paperCodeState, played.state).emission;
    const w = params.stateEmotionWeights;
    const st = params.stateTransition;
    const initial = st[0].map((_, j) => st.reduce((s, row, i) => s + row[j] * params.stateInitial[i], 0));
    const table = b.map((row, c) => w.map((ws) => row.map((bcd) => ws[c] * bcd)));
    return { mode: 'paper-code', model: { initial, transition: st, table }, opening: true };
  }
  return null;
}
