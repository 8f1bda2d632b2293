import type { Interval } from './interval.ts';
import { quantileSorted } from './quantileSorted.ts';

/**
 * The percentile interval of bootstrap replicates (Efron & Tibshirani 1993, section 13.3): the
 * (1 - confidence) / 2 and (1 + confidence) / 2 quantiles (type 7) of the replicates, around the
 * given point estimate. O(B log B).
 * @throws naming `caller` when a replicate is not finite or confidence is not in (0, 1).
 * @example percentileInterval([3, 1, 2, 5, 4], 3, { confidence: 0.5, caller: 'f' }) // { estimate: 3, lower: 2, upper: 4 }
 */
export function percentileInterval(replicates: readonly number[], estimate: number, options: { confidence: number; caller: string }): Interval {
  const { confidence, caller } = options;
  if (!(confidence > 0 && confidence < 1)) throw new Error(`${caller}: options.confidence = ${confidence}, expected a number in (0, 1)`);
  const sorted = Float64Array.from(replicates);
  for (let i = 0; i < sorted.length; i++) {
    if (!Number.isFinite(sorted[i])) throw new Error(`${caller}: the statistic of resample ${i} is ${sorted[i]}, expected a finite number`);
  }
  sorted.sort();
  const alpha = 1 - confidence;
  return { estimate, lower: quantileSorted(sorted, alpha / 2), upper: quantileSorted(sorted, 1 - alpha / 2) };
}
