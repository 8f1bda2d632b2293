import { emotionIndex } from '../core/emotions.ts';
import { cloneMatrix, type Matrix } from '../core/matrix.ts';
import type { PaperParameters } from '../core/paperParameters.ts';
import type { PaperCodeEpisode, PaperCodeLearned } from './paperCodeStep.ts';
import { updatePayoff, type PayoffArithmetic } from './updatePayoff.ts';

/** Reward r of Eq. 7: rewardSuccess (+1) or rewardFailure (-0.5) from the parameters file. */
export function negotiationReward(params: PaperParameters, success: boolean): number {
  const l = params.defaults.onlineLearning;
  return success ? l.rewardSuccess : l.rewardFailure;
}

/**
 * End-of-negotiation learning of the 2511 engine (Eq. 7; METHOD.md section 9 step 7), in the
 * code's order: for every turn, agent[D_t][C_t] += 0.05 * r; then for t = 2..T,
 * B[C_t][D_t] += 0.03 and row C_t renormalised, T[C_{t-1}][C_t] += 0.03 and row C_{t-1}
 * renormalised (each increment renormalised at once, so repeated pairs compound as in the code).
 * Returns new matrices. O(T * E).
 */
export function paperCodeLearn(
  learned: PaperCodeLearned,
  episode: PaperCodeEpisode,
  options: { params: PaperParameters; success: boolean; arithmetic?: PayoffArithmetic },
): PaperCodeLearned {
  const l = options.params.defaults.onlineLearning;
  const r = negotiationReward(options.params, options.success);
  const payoff = updatePayoff(learned.payoff, episode, { delta: l.payoffStep * r, arithmetic: options.arithmetic });
  const emission = cloneMatrix(learned.emission);
  const transition = cloneMatrix(learned.transition);
  for (let t = 1; t < episode.debtor.length; t++) {
    const d = emotionIndex(episode.debtor[t]);
    const c = emotionIndex(episode.creditor[t]);
    const cPrev = emotionIndex(episode.creditor[t - 1]);
    bumpRow(emission, c, d, l.hmmPseudoCount);
    bumpRow(transition, cPrev, c, l.hmmPseudoCount);
  }
  return { payoff, emission, transition };
}

function bumpRow(m: Matrix, row: number, col: number, amount: number): void {
  const r = m[row];
  r[col] += amount;
  let total = 0;
  for (const v of r) total += v;
  if (total > 0) for (let j = 0; j < r.length; j++) r[j] /= total;
}
