import type { Matrix } from '../../core/matrix.ts';
import { predictBelief } from './predictBelief.ts';
import { updateBelief, type ZeroEvidence } from './updateBelief.ts';

/** The model side of one filtering step. */
export interface FilterStepInput {
  /** P(S_{t+1} = j | S_t = i), rows sum to 1. */
  transMat: Matrix;
  /** P(O_{t+1} | S_{t+1} = j) for the observation just seen: the emission column, length N. */
  likelihood: ArrayLike<number>;
  /** When every state has zero evidence: 'throw' (default) or 'uniform'. */
  onZero?: ZeroEvidence;
}

/**
 * One step of the forward filter (METHOD.md Eqs. 2-3): predict through the transition matrix,
 * then weight by the observation likelihood and normalise:
 * bel'(j) = eta * likelihood[j] * sum_i transMat[i][j] bel(i). Float64 plain loops, no tensors:
 * under a microsecond for the paper's 4-state model, for per-turn use. Repeated from
 * `updateBelief(startProb, column(o_0))` it reproduces the filtered beliefs of {@link forwardScaled}.
 * @throws when lengths differ, or the evidence is zero with onZero 'throw'.
 * @example filterStep([0.818, 0.182], { transMat: [[0.7, 0.3], [0.3, 0.7]], likelihood: [0.9, 0.2] }) // [0.883, 0.117]
 */
export function filterStep(belief: ArrayLike<number>, step: FilterStepInput): number[] {
  return updateBelief(predictBelief(belief, step.transMat), step.likelihood, { onZero: step.onZero });
}
