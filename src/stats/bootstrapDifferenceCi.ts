import { resolveBootstrapOptions, type BootstrapOptions } from './bootstrapOptions.ts';
import type { Interval } from './interval.ts';
import { percentileInterval } from './percentileInterval.ts';
import { resample } from './resample.ts';

/**
 * Bootstrap CI of statistic(b) - statistic(a) for two independent samples: each replicate
 * resamples a and b separately (for arms that share no units; use {@link pairedBootstrapCi} for
 * paired ones). Percentile interval; either sample empty: every field is NaN. O(B * cost of statistic).
 * @throws when the options are invalid or a replicate is not finite.
 * @example bootstrapDifferenceCi(negotiationsA, negotiationsB, { rng, statistic: pooledAccuracy }).estimate
 */
export function bootstrapDifferenceCi<T>(
  a: readonly T[],
  b: readonly T[],
  options: BootstrapOptions & { statistic: (sample: readonly T[]) => number },
): Interval {
  const { rng, resamples, confidence } = resolveBootstrapOptions('bootstrapDifferenceCi', options);
  const { statistic } = options;
  if (a.length === 0 || b.length === 0) return { estimate: Number.NaN, lower: Number.NaN, upper: Number.NaN };
  const replicates = new Array<number>(resamples);
  for (let r = 0; r < resamples; r++) replicates[r] = statistic(resample(b, rng)) - statistic(resample(a, rng));
  return percentileInterval(replicates, statistic(b) - statistic(a), { confidence, caller: 'bootstrapDifferenceCi' });
}
