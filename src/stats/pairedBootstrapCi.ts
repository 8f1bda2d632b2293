import { bootstrapCi } from './bootstrapCi.ts';
import type { BootstrapOptions } from './bootstrapOptions.ts';
import type { Interval } from './interval.ts';
import { mean } from './mean.ts';

/**
 * Bootstrap CI of the mean paired difference mean(b - a): pairs (a[i], b[i]) are resampled
 * together, so what the two arms share (the same scenario and seed) cancels. Percentile interval,
 * as {@link bootstrapCi}; no pairs: every field is NaN. O(B * n).
 * @throws when a and b differ in length or hold a non-finite value, or the options are invalid.
 * @example pairedBootstrapCi([1, 0, 1], [1, 1, 1], { rng: createRng(1) }).estimate // 1 / 3
 */
export function pairedBootstrapCi(a: readonly number[], b: readonly number[], options: BootstrapOptions): Interval {
  if (a.length !== b.length) throw new Error(`pairedBootstrapCi: a has ${a.length} values but b has ${b.length}, expected pairs`);
  const differences = a.map((x, i) => {
    const d = b[i] - x;
    if (!Number.isFinite(d)) throw new Error(`pairedBootstrapCi: pair ${i} is (${x}, ${b[i]}), expected finite numbers`);
    return d;
  });
  return bootstrapCi(differences, { ...options, statistic: mean });
}
