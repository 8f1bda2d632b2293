import type { Rng } from '../core/rng.ts';

/**
 * A bootstrap resample: n items drawn uniformly with replacement from n items. O(n).
 * @example resample(['a', 'b', 'c'], createRng(1)) // three draws from a, b, c, the same for seed 1 on every run
 */
export function resample<T>(items: readonly T[], rng: Rng): T[] {
  const n = items.length;
  const out = new Array<T>(n);
  for (let i = 0; i < n; i++) out[i] = items[rng.int(n)];
  return out;
}
