import { emotionIndex } from '../core/emotions.ts';
import type { PaperParameters } from '../core/paperParameters.ts';
import { negotiationReward } from './paperCodeLearn.ts';
import type { EmissionModel } from './principledEmission.ts';
import type { PrincipledPrior } from './principledPrior.ts';
import { principledModel, type PrincipledEpisode, type PrincipledLearned } from './principledStep.ts';
import { smoothStates } from './smoothStates.ts';
import { updatePayoff, type PayoffArithmetic } from './updatePayoff.ts';

/**
 * End-of-negotiation learning of the `principled` mode. Payoffs: Eq. 7, agent[D_t][C_t] += 0.05 * r
 * for every turn. Emission: the learned counts are multiplied by `prior.forgetting`, then the
 * negotiation's forward-backward smoothed state posteriors gamma_t(s) (computed under the
 * parameters the negotiation was played with) are added as expected counts at (s, D_t): one online
 * EM step on the Dirichlet counts of P(D | S). Under the 'product' emission model this treats the
 * Table 4b factor as fixed and updates only the P(D | S) expert (an approximate M-step).
 * Returns new matrices. O(T * S^2 + S * E).
 */
export function principledLearn(
  learned: PrincipledLearned,
  episode: PrincipledEpisode,
  options: { params: PaperParameters; prior: PrincipledPrior; success: boolean; emissionModel?: EmissionModel; arithmetic?: PayoffArithmetic },
): PrincipledLearned {
  const l = options.params.defaults.onlineLearning;
  const r = negotiationReward(options.params, options.success);
  const payoff = updatePayoff(learned.payoff, episode, { delta: l.payoffStep * r, arithmetic: options.arithmetic });
  const emissionCounts = learned.emissionCounts.map((row) => row.map((v) => v * options.prior.forgetting));
  if (episode.observations.length > 0) {
    const obs = episode.observations.map((x) => ({ debtor: emotionIndex(x.debtor), creditor: emotionIndex(x.creditor) }));
    const { posteriors } = smoothStates(obs, principledModel(learned, options));
    obs.forEach(({ debtor }, t) => {
      posteriors[t].forEach((g, s) => {
        emissionCounts[s][debtor] += g;
      });
    });
  }
  return { payoff, emissionCounts };
}
