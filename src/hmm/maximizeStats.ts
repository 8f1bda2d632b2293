import type { HmmParams, SufficientStats } from './types.ts';
import type { ResolvedPseudoCounts } from './pseudoCounts.ts';

/**
 * Baum-Welch M-step: each row of expected counts plus pseudo-counts, normalised to sum 1
 * (the maximum-a-posteriori estimate under a Dirichlet prior; the maximum-likelihood estimate
 * when the pseudo-counts are 0). A row with zero total (a state never visited and no prior mass)
 * keeps its row from `previous`, as no data speaks about it.
 * @throws when shapes of stats, pseudo-counts and previous disagree.
 * @example maximizeStats(stats, { pseudoCounts, previous: params }).transMat[0] // sums to 1
 */
export function maximizeStats(stats: Pick<SufficientStats, 'start' | 'trans' | 'emission'>, options: { pseudoCounts: ResolvedPseudoCounts; previous: HmmParams }): HmmParams {
  const { pseudoCounts: pc, previous } = options;
  const n = stats.start.length;
  if (pc.start.length !== n || previous.startProb.length !== n || stats.trans.length !== n || stats.emission.length !== n) {
    throw new Error(`maximizeStats: stats have ${n} states but pseudo-counts have ${pc.start.length} and previous params ${previous.startProb.length}`);
  }
  const row = (counts: ArrayLike<number>, prior: ArrayLike<number>, fallback: ArrayLike<number>): number[] => {
    const out = Array.from(counts, (c, j) => c + prior[j]);
    let s = 0;
    for (const v of out) s += v;
    if (!(s > 0)) return Array.from(fallback);
    return out.map((v) => v / s);
  };
  return {
    startProb: row(stats.start, pc.start, previous.startProb),
    transMat: stats.trans.map((r, i) => row(r, pc.trans[i], previous.transMat[i])),
    emissionProb: stats.emission.map((r, i) => row(r, pc.emission[i], previous.emissionProb[i])),
  };
}
