import type { Interval } from './interval.ts';
import { resolveBootstrapOptions, type BootstrapOptions } from './bootstrapOptions.ts';
import { mean } from './mean.ts';
import { percentileInterval } from './percentileInterval.ts';
import { resample } from './resample.ts';

/**
 * Percentile bootstrap confidence interval of a statistic (default: the mean) of one sample:
 * B resamples with replacement from a seeded Rng, the interval between the (1 - confidence) / 2 and
 * (1 + confidence) / 2 quantiles of the B replicates; the estimate is the statistic of the sample
 * itself. Items may be any objects when `statistic` is given (e.g. whole negotiations, for a
 * cluster bootstrap). No items: every field is NaN. O(B * cost of statistic).
 * @throws when rng is missing, resamples or confidence are invalid, items are not numbers without a
 *   statistic, or the statistic of a resample is not finite.
 * @example bootstrapCi([2, 4, 6, 8], { rng: createRng(1) }) // { estimate: 5, lower: ~2.5, upper: ~7.5 }
 */
export function bootstrapCi<T = number>(
  items: readonly T[],
  options: BootstrapOptions & { statistic?: (sample: readonly T[]) => number },
): Interval {
  const { rng, resamples, confidence } = resolveBootstrapOptions('bootstrapCi', options);
  const statistic = options.statistic ?? defaultStatistic<T>();
  if (items.length === 0) return { estimate: Number.NaN, lower: Number.NaN, upper: Number.NaN };
  const replicates = new Array<number>(resamples);
  for (let b = 0; b < resamples; b++) replicates[b] = statistic(resample(items, rng));
  return percentileInterval(replicates, statistic(items), { confidence, caller: 'bootstrapCi' });
}

function defaultStatistic<T>(): (sample: readonly T[]) => number {
  return (sample) => {
    for (let i = 0; i < sample.length; i++) {
      if (typeof sample[i] !== 'number') throw new Error(`bootstrapCi: item ${i} = ${JSON.stringify(sample[i])} is not a number; pass options.statistic for other items`);
    }
    return mean(sample as unknown as number[]);
  };
}
